import pino, { type DestinationStream } from 'pino';
import { findPersonalData } from '../core/evidence/personal-data.ts';
import type { Logger } from './logger.ts';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface PinoLoggerOptions {
  readonly level?: LogLevel;
  /** Where lines go; default stderr. Tests pass a buffer. */
  readonly destination?: DestinationStream;
}

// Credentials never reach a log line, wherever a caller put them.
const REDACT = [
  'authorization',
  'cookie',
  'set-cookie',
  'password',
  'token',
  'headers.authorization',
  'headers.cookie',
  'headers["set-cookie"]',
  'req.headers.authorization',
  'req.headers.cookie',
];

/**
 * Structured JSON lines through pino (`level`, `time`, `msg`, fields). Fields are ids, codes and counts by
 * contract; as a second line of defence a string that looks like an e-mail address, a phone number or a
 * My Number is replaced by its kind.
 */
export function pinoLogger(options: PinoLoggerOptions = {}): Logger {
  const logger = pino(
    {
      level: options.level ?? 'info',
      base: { service: 'mamori' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT, censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
    },
    options.destination ?? pino.destination({ fd: 2, sync: true }),
  );
  const write =
    (level: 'info' | 'warn' | 'error') =>
    (message: string, fields?: Readonly<Record<string, string | number | boolean>>) =>
      logger[level](fields === undefined ? {} : scrub(fields), scrubText(message));
  return { info: write('info'), warn: write('warn'), error: write('error') };
}

function scrub(fields: Readonly<Record<string, string | number | boolean>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) out[key] = typeof value === 'string' ? scrubText(value) : value;
  return out;
}

function scrubText(text: string): string {
  const kind = findPersonalData(text);
  return kind === undefined ? text : `[redacted ${kind}]`;
}
