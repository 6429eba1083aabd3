import { type Logger, pino } from 'pino';

export function createLogger(level: string): Logger {
  return pino({ level, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] });
}
