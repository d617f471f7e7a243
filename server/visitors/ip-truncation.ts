/**
 * A visitor's address cut down to its network before anything stores it: the last octet
 * of IPv4 (/24), everything after the first three groups of IPv6 (/48). Enough to tell a
 * country or a company network apart, too little to point at one household.
 */
import { isIPv4, isIPv6 } from 'node:net';

export function truncateIp(ip: string): string | null {
  const address = ip.startsWith('::ffff:') && isIPv4(ip.slice(7)) ? ip.slice(7) : ip;
  if (isIPv4(address)) return `${address.split('.').slice(0, 3).join('.')}.0/24`;
  if (!isIPv6(address)) return null;
  // Expand "::" so the first three groups are the real ones.
  const [head = '', tail = ''] = address.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = address.includes('::') ? (tail ? tail.split(':') : []) : [];
  const groups = address.includes('::') ? [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups] : headGroups;
  const network = groups.slice(0, 3).map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''));
  return `${network.join(':')}::/48`;
}
