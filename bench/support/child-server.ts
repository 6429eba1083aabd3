// Runs a server under test as a child process: its own event loop and core, apart from the load
// generator's. Resolves once the child prints its URL; stop() ends that child only, by its pid.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import readline from 'node:readline';

export const repoRoot = new URL('../..', import.meta.url).pathname;

export interface ChildServer {
  url: string;
  pid: number;
  /** CPU seconds (user + system) the child has used so far, from /proc. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

export interface SpawnOptions {
  args: string[];
  env: NodeJS.ProcessEnv;
  /** Matches the line announcing the server; group 1 is its base URL. */
  ready: RegExp;
  label: string;
  timeoutMs?: number;
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

export function spawnServer(options: SpawnOptions): Promise<ChildServer> {
  const child = spawn(process.execPath, options.args, { cwd: repoRoot, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail: string[] = [];
  const remember = (line: string) => {
    tail.push(line);
    if (tail.length > 40) tail.shift();
  };
  return new Promise<ChildServer>((resolve, reject) => {
    let ready = false;
    const timer = setTimeout(() => fail(new Error(`${options.label} did not start within ${options.timeoutMs ?? 60_000} ms`)), options.timeoutMs ?? 60_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      if (child.exitCode === null) child.kill('SIGKILL');
      reject(new Error(`${error.message}\n--- last output of ${options.label} ---\n${tail.join('\n')}`));
    };
    child.once('error', fail);
    child.once('exit', (code, signal) => {
      if (!ready) fail(new Error(`${options.label} exited before it was ready (code ${code}, signal ${signal})`));
    });
    readline.createInterface({ input: child.stderr }).on('line', (line) => {
      remember(line);
      // Once running, anything on stderr is worth seeing: it may explain failed requests.
      if (ready) process.stderr.write(`[${options.label}] ${line}\n`);
    });
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      remember(line);
      if (ready) {
        // Log records (warnings and errors at LOG_LEVEL=warn) may explain failed requests; the
        // rest of the start-up banner (the first administrator's password) is not for the report.
        if (line.startsWith('{')) process.stderr.write(`[${options.label}] ${line}\n`);
        return;
      }
      const match = options.ready.exec(line);
      if (!match?.[1] || child.pid === undefined) return;
      ready = true;
      clearTimeout(timer);
      resolve(handle(child, match[1].replace(/\/$/, '')));
    });
  });
}

function handle(child: ChildProcess, url: string): ChildServer {
  const pid = child.pid as number;
  return {
    url,
    pid,
    cpuSeconds() {
      // Fields 14 and 15 of /proc/<pid>/stat, counted after the parenthesised command name.
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        // SIGTERM lets `redress serve` close the database (and write a CPU profile if asked).
        const force = setTimeout(() => child.kill('SIGKILL'), 30_000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** A field of /proc/<pid>/status in MiB: VmHWM is the peak, VmRSS the present, of all the process's threads. */
export function statusMiB(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const kib = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kib ?? Number.NaN) / 1024;
}
