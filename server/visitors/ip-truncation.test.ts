import { truncateIp } from './ip-truncation';

describe('visitor addresses cut to their network', () => {
  it('keeps the first three octets of IPv4 (/24)', () => {
    expect(truncateIp('203.0.113.77')).toBe('203.0.113.0/24');
    expect(truncateIp('::ffff:198.51.100.9')).toBe('198.51.100.0/24');
  });

  it('keeps the first three groups of IPv6 (/48), with "::" expanded', () => {
    expect(truncateIp('2001:db8:85a3:8d3:1319:8a2e:370:7348')).toBe('2001:db8:85a3::/48');
    expect(truncateIp('2001:DB8::1')).toBe('2001:db8:0::/48');
    expect(truncateIp('::1')).toBe('0:0:0::/48');
  });

  it('stores nothing for what is not an address', () => {
    expect(truncateIp('unknown')).toBeNull();
    expect(truncateIp('')).toBeNull();
  });
});
