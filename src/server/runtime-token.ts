/**
 * The pairing token of a stand-alone local runtime (`npm run runtime`): a fresh secret per start that
 * a page must present (as Jupyter's token) before the host runs anything for it. Node-only.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Bytes of randomness in a token: 32 bytes = 256 bits (the brief asks for at least 128). */
export const TOKEN_BYTES = 32;

/** A fresh token: {@link TOKEN_BYTES} random bytes as URL-safe base64 (no padding, fits a query string as is). */
export function makeToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/**
 * Whether `given` equals `expected`, in time that does not depend on where they differ. Both are
 * hashed first so the compared buffers always have the same length (`timingSafeEqual` needs that)
 * and the length of the secret does not leak either. An absent or empty token never matches.
 */
export function tokenMatches(given: string | null | undefined, expected: string): boolean {
  if (!given || !expected) return false;
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}
