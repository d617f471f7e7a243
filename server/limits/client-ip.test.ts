import { clientIp } from './client-ip';

describe('clientIp', () => {
  it('uses the socket address when no proxy is trusted, whatever the headers claim', () => {
    expect(clientIp('::ffff:10.0.0.5', '1.2.3.4', 0)).toBe('10.0.0.5');
  });

  it('takes the address the trusted proxy saw, not what the client put first', () => {
    expect(clientIp('127.0.0.1', 'forged, 203.0.113.7', 1)).toBe('203.0.113.7');
    expect(clientIp('127.0.0.1', ['forged', '203.0.113.7, 10.0.0.2'], 2)).toBe('203.0.113.7');
    expect(clientIp('127.0.0.1', undefined, 1)).toBe('127.0.0.1');
  });
});
