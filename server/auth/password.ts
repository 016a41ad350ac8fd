/**
 * Password hashing with scrypt from node:crypto.
 *
 * Why scrypt: it is memory-hard — each hash here needs 128·N·r = 32 MiB of RAM — so guessing
 * with GPUs or ASICs costs far more than with a fast hash; it ships with Node, so there is no
 * native add-on to compile (bcrypt and argon2 packages need one); and it is a standard (RFC 7914).
 * The parameters travel in the stored string (`scrypt$N$r$p$salt$hash`), so they can be raised
 * later without invalidating existing hashes.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const COST = 2 ** 15;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;
const SALT_BYTES = 16;
const KEY_BYTES = 64;

function scryptAsync(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** Node refuses scrypt above `maxmem` (32 MiB by default, which N=2^15, r=8 just exceeds). */
function options(cost: number, blockSize: number, parallelism: number): ScryptOptions {
  return { N: cost, r: blockSize, p: parallelism, maxmem: 256 * cost * blockSize + 1024 * 1024 };
}

/** Vietnamese passwords may arrive in NFC or NFD depending on the keyboard: hash one form. */
function normalise(password: string): string {
  return password.normalize('NFC');
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await scryptAsync(normalise(password), salt, KEY_BYTES, options(COST, BLOCK_SIZE, PARALLELISM));
  return ['scrypt', COST, BLOCK_SIZE, PARALLELISM, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/**
 * True when `password` matches `stored`. A malformed stored value, or parameters outside sane
 * bounds (a tampered row must not make us allocate gigabytes), never match.
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [cost, blockSize, parallelism] = parts.slice(1, 4).map(Number) as [number, number, number];
  const powerOfTwo = Number.isInteger(cost) && cost >= 2 && (cost & (cost - 1)) === 0;
  if (!powerOfTwo || cost > 2 ** 20 || !Number.isInteger(blockSize) || blockSize < 1 || blockSize > 32) return false;
  if (!Number.isInteger(parallelism) || parallelism < 1 || parallelism > 16) return false;
  const salt = Buffer.from(parts[4] ?? '', 'base64url');
  const expected = Buffer.from(parts[5] ?? '', 'base64url');
  if (salt.length === 0 || expected.length < 16) return false;
  const actual = await scryptAsync(normalise(password), salt, expected.length, options(cost, blockSize, parallelism));
  return timingSafeEqual(actual, expected);
}

/**
 * A hash of a random password, checked against when the username is unknown so that a wrong
 * username takes as long as a wrong password (no user enumeration by timing).
 */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return decoyHash;
}
