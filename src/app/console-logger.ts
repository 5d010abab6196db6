import type { Logger } from './logger.ts';

/** One JSON line per event on stderr; fields are ids, codes and counts only (never personal data). */
export function consoleLogger(minimum: 'info' | 'warn' | 'error' = 'info'): Logger {
  const order = { info: 0, warn: 1, error: 2 } as const;
  const write = (level: keyof typeof order) => (message: string, fields?: Readonly<Record<string, unknown>>) => {
    if (order[level] < order[minimum]) return;
    process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level, message, ...fields })}\n`);
  };
  return { info: write('info'), warn: write('warn'), error: write('error') };
}
