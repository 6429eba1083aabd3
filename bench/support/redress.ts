// A real `redress serve` on a fresh, scratch database: SQLite in a temp directory, or a new
// PostgreSQL database on 127.0.0.1 that stop() drops again. Also the environment such a server
// runs with, and signing in to one over HTTP.
import { pino } from 'pino';
import { operator } from '../../src/accounts/caller.ts';
import { addOrganization } from '../../src/organizations/add-organization.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { type AppContext, systemClock } from '../../src/platform/context.ts';
import { deriveKeys, parseSecret } from '../../src/platform/crypto.ts';
import type { DialectName } from '../../src/platform/database/database.ts';
import { type TestDatabase, createTestDatabase } from '../../test/support/databases.ts';
import { type ChildServer, spawnServer } from './child-server.ts';

/**
 * How `npm start` runs the server (package.json): young generation semi-spaces of 4 MiB instead of
 * 16, and an old generation capped at 128 MB (the live heap stays under 64), keep it under 300 MB
 * with 1,000,000 petitions stored (docs/PERFORMANCE.md).
 */
export const SERVE = ['--max-semi-space-size=4', '--max-old-space-size=128', 'bin/redress.js', 'serve'];

// A fixed key: the benchmark's data are throwaway, and a fixed key keeps runs comparable.
const SECRET = 'b'.repeat(64);

export interface RunningRedress extends ChildServer {
  dialect: DialectName;
  database: TestDatabase;
  /** Ends the server process only; the database stays for a look at what it stored. */
  stopServer(): Promise<void>;
}

export interface StartOptions {
  dialect: DialectName;
  /** When set, the server runs with --cpu-prof and writes its profile here on stop. */
  profileDir?: string | undefined;
}

export async function startRedress(options: StartOptions): Promise<RunningRedress> {
  const database = await createTestDatabase(options.dialect);
  try {
    // Public submissions go to a petition office; a fresh database has none.
    const ctx: AppContext = {
      config: { ...loadConfig({}), dataDir: database.dir, databaseUrl: database.url },
      database: database.database,
      keys: deriveKeys(parseSecret(SECRET)),
      clock: systemClock,
      logger: pino({ level: 'silent' }),
    };
    await addOrganization(ctx, operator, { name: '青山县信访局', kind: 'petitionOffice', parentId: null, divisionCode: '360123' });

    const env = serverEnv({ dataDir: database.dir, databaseUrl: database.url, secret: SECRET });
    // A profile should name source files, not one bundle: run the sources through tsx then.
    if (options.profileDir) env.REDRESS_TSX = '1';
    const profile = options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : [];
    const server = await spawnServer({
      args: [...profile, ...SERVE],
      env,
      ready: /Staff workbench:\s+(http:\/\/\S+)/,
      label: 'redress',
    });
    return {
      ...server,
      dialect: options.dialect,
      database,
      stopServer: () => server.stop(),
      async stop() {
        await server.stop();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}

export interface ServerEnvOptions {
  dataDir: string;
  /** PostgreSQL; without it the server uses the SQLite file in dataDir even if the shell sets DATABASE_URL. */
  databaseUrl?: string | undefined;
  /** Without it the server takes REDRESS_SECRET from this process, or dataDir/secret.key. */
  secret?: string | undefined;
}

/** The environment of a `redress serve` under load: on 127.0.0.1, a free port, warnings only. */
export function serverEnv(options: ServerEnvOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: options.dataDir,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    // The per-address limit of 30 a minute would turn almost every request into a 429.
    PUBLIC_RATE_PER_MINUTE: String(1_000_000_000),
  };
  if (options.secret !== undefined) env.REDRESS_SECRET = options.secret;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  else delete env.DATABASE_URL;
  return env;
}

export interface Session {
  cookie: string;
  csrf: string;
}

/** Signs in over HTTP as the browser does; the session cookie and CSRF token for later requests. */
export async function signIn(url: string, username: string, password: string): Promise<Session> {
  const res = await fetch(`${url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  const body = (await res.json()) as { csrfToken?: string };
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('redress_session='))?.split(';')[0];
  if (res.status !== 200 || !cookie || !body.csrfToken) throw new Error(`sign-in of ${username} failed: ${res.status} ${JSON.stringify(body)}`);
  return { cookie, csrf: body.csrfToken };
}
