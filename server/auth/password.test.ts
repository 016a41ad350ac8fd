import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.ts';

describe('password hashing (scrypt)', () => {
  it('stores scrypt$N$r$p$salt$hash with N=2^15, r=8, p=1, a 16-byte salt and a 64-byte key', async () => {
    const stored = await hashPassword('correct horse battery');
    const [scheme, cost, blockSize, parallelism, salt, key] = stored.split('$');
    expect([scheme, cost, blockSize, parallelism]).toEqual(['scrypt', '32768', '8', '1']);
    expect(Buffer.from(salt!, 'base64url')).toHaveLength(16);
    expect(Buffer.from(key!, 'base64url')).toHaveLength(64);
  });

  it('accepts the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
  });

  it('salts every hash: the same password hashes differently twice', async () => {
    expect(await hashPassword('same password')).not.toBe(await hashPassword('same password'));
  });

  it('treats composed and decomposed Vietnamese letters as the same password', async () => {
    const stored = await hashPassword('mật khẩu Đồng Đăng'.normalize('NFC'));
    expect(await verifyPassword('mật khẩu Đồng Đăng'.normalize('NFD'), stored)).toBe(true);
  });

  it('never matches a malformed or tampered stored value, without throwing', async () => {
    const stored = await hashPassword('a password');
    const parts = stored.split('$');
    const tampered = [
      '',
      'plain-text-password',
      stored.replace('scrypt$', 'bcrypt$'),
      [...parts.slice(0, 1), String(2 ** 30), ...parts.slice(2)].join('$'),
      [...parts.slice(0, 1), '1000', ...parts.slice(2)].join('$'),
      [...parts.slice(0, 5), ''].join('$'),
    ];
    for (const value of tampered) expect(await verifyPassword('a password', value), value).toBe(false);
  });
});
