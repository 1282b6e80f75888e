// The server's structured logger (pino, JSON lines on stderr so stdout stays for the banner and CLIs).
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: { service: 'dossier' } }, pino.destination(2));
}
