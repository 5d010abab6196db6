import ipaddr from 'ipaddr.js';
import { z } from 'zod';
import { AppError } from '../app-error.ts';
import { type Principal, SYSTEM_ROLES } from './principal.ts';

type Address = ipaddr.IPv4 | ipaddr.IPv6;
type Range = readonly [Address, number];

/** An IPv4 or IPv6 address, or a CIDR range of either; IPv4 only in four-part dotted decimal. */
export const CidrSchema = z
  .string()
  .trim()
  .refine(
    (text) => parseRange(text) !== undefined,
    'an IPv4 or IPv6 address or CIDR range (203.0.113.0/24, 2001:db8::/32)',
  );

const ListSchema = z.array(CidrSchema).min(1, 'an empty list would lock everybody out; remove the entry instead');

/**
 * IP allow-lists. Each list restricts whoever it names: principals scoped to an operator (`operators`),
 * principals holding a role (`roles`), principals scoped to the whole group (`group`). A caller must be allowed
 * by every list that applies to it; with no applicable list it is not restricted.
 */
export const IpAllowConfigSchema = z
  .object({
    operators: z.record(z.string().min(1), ListSchema).default({}),
    roles: z.partialRecord(z.enum(SYSTEM_ROLES), ListSchema).default({}),
    group: ListSchema.optional(),
    /** Direct peers whose X-Forwarded-For is believed (reverse proxies, load balancers). */
    trustedProxies: z.array(CidrSchema).default([]),
  })
  .strict();
export type IpAllowConfig = z.input<typeof IpAllowConfigSchema>;

export interface IpAllowList {
  readonly operators: ReadonlyMap<string, readonly Range[]>;
  readonly roles: ReadonlyMap<string, readonly Range[]>;
  readonly group: readonly Range[] | undefined;
  readonly trustedProxies: readonly Range[];
}

export const NO_IP_RESTRICTIONS: IpAllowList = {
  operators: new Map(),
  roles: new Map(),
  group: undefined,
  trustedProxies: [],
};

/** Validates the configuration (every bad entry reported with its path) and parses every range once. */
export function compileIpAllowList(config: unknown): IpAllowList {
  const parsed = IpAllowConfigSchema.safeParse(config);
  if (!parsed.success) {
    throw new AppError('VALIDATION', 'the IP allow-list configuration is invalid', {
      issues: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    });
  }
  const ranges = (list: readonly string[]) => list.map((text) => parseRange(text) as Range);
  const { operators, roles, group, trustedProxies } = parsed.data;
  return {
    operators: new Map(Object.entries(operators).map(([id, list]) => [id, ranges(list)])),
    roles: new Map(Object.entries(roles).flatMap(([role, list]) => (list ? [[role, ranges(list)] as const] : []))),
    group: group === undefined ? undefined : ranges(group),
    trustedProxies: ranges(trustedProxies),
  };
}

/**
 * The first list that refuses `ip` for this principal ("role administrator", "operator demo-staffing",
 * "group"), or undefined when every applicable list allows it. An unreadable address is refused by any list.
 * `ip` may be a function: the address is then worked out only when a list applies (most callers have none).
 */
export function ipRefusal(
  allow: IpAllowList,
  principal: Principal,
  ip: string | undefined | (() => string | undefined),
): string | undefined {
  if (principal.kind === 'anonymous') return undefined;
  const applicable: [string, readonly Range[]][] = [];
  for (const role of principal.roles) {
    const list = allow.roles.get(role);
    if (list) applicable.push([`role ${role}`, list]);
  }
  if (principal.operators === 'all') {
    if (allow.group) applicable.push(['group', allow.group]);
  } else {
    for (const operator of principal.operators) {
      const list = allow.operators.get(operator);
      if (list) applicable.push([`operator ${operator}`, list]);
    }
  }
  if (applicable.length === 0) return undefined;
  const text = typeof ip === 'function' ? ip() : ip;
  const address = text === undefined ? undefined : parseAddress(text);
  return applicable.find(([, list]) => address === undefined || !inRanges(address, list))?.[0];
}

/**
 * The client's address: the socket peer, unless the peer is a trusted proxy; then X-Forwarded-For is read from
 * the right, skipping trusted proxies, and the first address not trusted is the client. Without trusted
 * proxies the header is ignored entirely, so a client cannot choose its own address.
 */
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | undefined,
  trustedProxies: readonly Range[],
): string | undefined {
  const direct = peer === undefined ? undefined : parseAddress(peer);
  if (direct === undefined) return undefined;
  if (forwardedFor === undefined || !inRanges(direct, trustedProxies)) return direct.toString();
  const hops = forwardedFor
    .split(',')
    .map((hop) => hop.trim())
    .filter((hop) => hop !== '');
  let client = direct;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = parseAddress(hops[i] as string);
    // A malformed hop ends the trust: the last good address is the best we know.
    if (hop === undefined) break;
    client = hop;
    if (!inRanges(hop, trustedProxies)) break;
  }
  return client.toString();
}

function inRanges(address: Address, ranges: readonly Range[]): boolean {
  return ranges.some(([base, bits]) => base.kind() === address.kind() && address.match([base, bits]));
}

/** IPv4-mapped IPv6 addresses (::ffff:10.0.0.1, as Node reports IPv4 peers on dual-stack sockets) become IPv4. */
function parseAddress(text: string): Address | undefined {
  const trimmed = text.trim().replace(/^\[(.*)\]$/, '$1');
  if (!ipaddr.IPv4.isValidFourPartDecimal(trimmed) && !ipaddr.IPv6.isValid(trimmed)) return undefined;
  return ipaddr.process(trimmed);
}

function parseRange(text: string): Range | undefined {
  const trimmed = text.trim();
  if (!trimmed.includes('/')) {
    const address = parseAddress(trimmed);
    return address === undefined ? undefined : [address, address.kind() === 'ipv4' ? 32 : 128];
  }
  if (!ipaddr.IPv4.isValidCIDRFourPartDecimal(trimmed) && !ipaddr.IPv6.isValidCIDR(trimmed)) return undefined;
  const [base, bits] = ipaddr.parseCIDR(trimmed);
  // ::ffff:10.0.0.0/104 and the like are written as IPv4 ranges.
  if (base.kind() === 'ipv6' && (base as ipaddr.IPv6).isIPv4MappedAddress() && bits >= 96) {
    return [(base as ipaddr.IPv6).toIPv4Address(), bits - 96];
  }
  return [base, bits];
}
