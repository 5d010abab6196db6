/**
 * Structured log lines for operators of Mamori. Fields carry ids, codes and counts only:
 * personal data values never go into logs.
 */
export interface Logger {
  info(message: string, fields?: Readonly<Record<string, string | number | boolean>>): void;
  warn(message: string, fields?: Readonly<Record<string, string | number | boolean>>): void;
  error(message: string, fields?: Readonly<Record<string, string | number | boolean>>): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
