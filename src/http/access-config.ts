import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { AppError } from '../core/app-error.ts';
import { compileIpAllowList, type IpAllowList } from '../core/auth/ip-allow-list.ts';

export interface AccessConfig {
  readonly ipAllow: IpAllowList;
  readonly ledgerApprovals: 0 | 1;
}

/**
 * Reads the access settings from the environment:
 * - MAMORI_IP_ALLOW: the allow-lists as JSON text, or the path of a YAML/JSON file
 *   (`{ operators: { id: [cidr] }, roles: { role: [cidr] }, group: [cidr], trustedProxies: [cidr] }`);
 * - MAMORI_TRUSTED_PROXIES: comma-separated addresses or ranges whose X-Forwarded-For is believed (added to the
 *   file's `trustedProxies`);
 * - MAMORI_LEDGER_APPROVALS: 1 (default) a second administrator approves ledger changes; 0 stores them directly.
 */
export function accessConfigFromEnv(
  env: NodeJS.ProcessEnv,
  readText: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): AccessConfig {
  const raw = env.MAMORI_IP_ALLOW?.trim();
  let config: Record<string, unknown> = {};
  if (raw) {
    const text = raw.startsWith('{') ? raw : readText(raw);
    const parsed: unknown = parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new AppError('VALIDATION', 'MAMORI_IP_ALLOW must be a mapping (operators, roles, group, trustedProxies)');
    }
    config = parsed as Record<string, unknown>;
  }
  const extra = (env.MAMORI_TRUSTED_PROXIES ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (extra.length > 0) {
    const own = Array.isArray(config.trustedProxies) ? config.trustedProxies : [];
    config = { ...config, trustedProxies: [...own, ...extra] };
  }
  return { ipAllow: compileIpAllowList(config), ledgerApprovals: parseApprovals(env.MAMORI_LEDGER_APPROVALS) };
}

function parseApprovals(value: string | undefined): 0 | 1 {
  const text = value?.trim() ?? '';
  if (text === '' || text === '1') return 1;
  if (text === '0') return 0;
  throw new AppError(
    'VALIDATION',
    `MAMORI_LEDGER_APPROVALS must be 0 (changes stored at once) or 1 (a second administrator approves), got "${text}"`,
  );
}
