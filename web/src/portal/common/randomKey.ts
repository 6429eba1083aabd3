/**
 * A fresh idempotency key. crypto.randomUUID exists only in secure contexts, and a county may
 * serve the portal over plain HTTP on its own network; getRandomValues works everywhere.
 */
export function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `portal-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
