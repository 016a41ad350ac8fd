/**
 * Session tokens: 32 random bytes in base64url travel in the cookie; the database keeps only
 * their SHA-256, so a leaked sessions table cannot be replayed as cookies.
 */
import { createHash, randomBytes } from 'node:crypto';

const TOKEN_BYTES = 32;
/** base64url of 32 bytes, unpadded. */
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

export function newSessionToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

export function isWellFormedToken(token: string): boolean {
  return tokenPattern.test(token);
}

/** The sessions.id of a token: hex SHA-256. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
