import ipaddr from 'ipaddr.js';

/**
 * The address a login is throttled under: IPv4 as is (IPv4-mapped IPv6 unwrapped), IPv6 by its /64, since one
 * subscriber usually holds a whole /64. Anything unparsable is kept as given (bounded in length).
 */
export function sourceAddress(ip: string | undefined): string {
  if (ip === undefined || ip === '') return 'unknown';
  try {
    const parsed = ipaddr.process(ip.trim());
    if (parsed.kind() === 'ipv4') return parsed.toString();
    const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4);
    return `${new ipaddr.IPv6([...parts, 0, 0, 0, 0]).toString()}/64`;
  } catch {
    return ip.slice(0, 64);
  }
}
