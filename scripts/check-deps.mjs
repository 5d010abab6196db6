// Enforces the dependency direction core <- app <- adapters <- main.ts (STYLE.md):
// core imports nothing outside core (and no node: I/O modules); app imports only core and app.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve('src');
const layers = { core: ['core'], app: ['core', 'app'] };
const ioModules = /^node:(fs|net|http|https|child_process|dgram|dns|tls|worker_threads|cluster)/;

function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

const problems = [];
for (const file of walk(root, [])) {
  const layer = relative(root, file).split('/')[0];
  const allowed = layers[layer];
  if (!allowed) continue;
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)) {
    const spec = match[1];
    if (spec.startsWith('.')) {
      const target = relative(root, resolve(dirname(file), spec)).split('/')[0];
      if (!allowed.includes(target))
        problems.push(`${relative('.', file)} imports ${spec} (${layer} may not depend on ${target})`);
    } else if (layer === 'core' && ioModules.test(spec)) {
      problems.push(`${relative('.', file)} imports ${spec} (core is pure: no I/O)`);
    }
  }
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('dependency direction ok');
