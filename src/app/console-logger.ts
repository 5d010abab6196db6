import type { Logger } from './logger.ts';
import { pinoLogger } from './pino-logger.ts';

/** One JSON line per event on stderr (pino); fields are ids, codes and counts only (never personal data). */
export function consoleLogger(minimum: 'info' | 'warn' | 'error' = 'info'): Logger {
  return pinoLogger({ level: minimum });
}
