import type { Context } from 'hono';
import ipaddr from 'ipaddr.js';
import { type IpAllowList, NO_IP_RESTRICTIONS } from '../../core/auth/ip-allow-list.ts';
import { clientIp } from '../authorize.ts';

/** Where a request comes from (the same reading as the IP allow-lists: X-Forwarded-For only via trusted proxies). */
export function sourceIpOf(c: Context, allow: IpAllowList = NO_IP_RESTRICTIONS): string {
  return clientIp(c, allow) ?? 'unknown';
}

/** Whether the browser reached Mamori over TLS: directly, or through a trusted proxy that says so. */
export function isHttps(c: Context, allow: IpAllowList = NO_IP_RESTRICTIONS): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return proto === 'https' && peerIsTrusted(c, allow);
}

function peerIsTrusted(c: Context, allow: IpAllowList): boolean {
  const env = c.env as { incoming?: Incoming; server?: { incoming?: Incoming } } | undefined;
  const peer = (env?.server?.incoming ?? env?.incoming)?.socket?.remoteAddress;
  if (peer === undefined || !ipaddr.isValid(peer)) return false;
  const address = ipaddr.process(peer);
  return allow.trustedProxies.some(([base, bits]) => base.kind() === address.kind() && address.match([base, bits]));
}
type Incoming = { socket?: { remoteAddress?: string } };
