// Builds the console and the privacy center (Vite) into web/dist. With --if-stale it does nothing when the build
// is newer than every source file, so `npm start` and the browser tests stay quick after the first build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = fileURLToPath(new URL('../web', import.meta.url));
const stamp = join(web, 'dist', '.built');

function newest(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

if (process.argv.includes('--if-stale') && existsSync(stamp)) {
  const sources = ['src', 'console', 'privacy-center', 'vite.config.ts'].map((p) => newest(join(web, p)));
  if (Math.max(...sources) <= statSync(stamp).mtimeMs) process.exit(0);
}
const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
const result = spawnSync(
  process.execPath,
  [vite, 'build', '--config', join(web, 'vite.config.ts'), '--logLevel', 'warn'],
  {
    stdio: 'inherit',
  },
);
if (result.status !== 0) process.exit(result.status ?? 1);
writeFileSync(stamp, new Date().toISOString());
