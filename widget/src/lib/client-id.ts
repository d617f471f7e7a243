/**
 * Ids the widget gives its own messages, so a resend after a timeout or a reconnect is
 * recognised by the server and stored once. They must satisfy `clientIdSchema`
 * (8–64 characters of letters, digits, "_" and "-").
 */
export function createClientId(cryptoSource: Partial<Crypto> | undefined = globalThis.crypto): string {
  // randomUUID only exists in secure contexts; customer sites are sometimes plain http.
  if (typeof cryptoSource?.randomUUID === 'function') return cryptoSource.randomUUID();
  if (typeof cryptoSource?.getRandomValues === 'function') {
    const bytes = cryptoSource.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  }
  return `w${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}${Math.random().toString(36).slice(2, 12)}`;
}
