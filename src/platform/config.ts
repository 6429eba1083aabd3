import path from 'node:path';
import { z } from 'zod';

// One validated view of the environment; a bad value stops start-up with a clear message.
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  REDRESS_SECRET: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(20 * 1024 * 1024),
  // Public submissions per client address and minute; raised only for load tests.
  PUBLIC_RATE_PER_MINUTE: z.coerce.number().int().positive().default(30),
  // Where notifications go out by e-mail (smtp://user:pass@host:port); without it they stay in the workbench.
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('Redress <noreply@localhost>'),
  // The address people reach the server at, for links in e-mails.
  PUBLIC_URL: z.string().url().optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  secret: string | undefined;
  logLevel: string;
  maxUploadBytes: number;
  publicRatePerMinute: number;
  smtpUrl: string | undefined;
  mailFrom: string;
  publicUrl: string | undefined;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${issues}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    secret: e.REDRESS_SECRET,
    logLevel: e.LOG_LEVEL,
    maxUploadBytes: e.MAX_UPLOAD_BYTES,
    publicRatePerMinute: e.PUBLIC_RATE_PER_MINUTE,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    publicUrl: e.PUBLIC_URL,
  };
}
