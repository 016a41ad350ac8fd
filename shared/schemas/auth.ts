/** Inputs of the auth procedures (login form) and the signed-in user the server returns. */
import { z } from 'zod';
import type { Role } from '../domain/roles.ts';

/** Upper bound on a password: scrypt hashes anything, but a megabyte password is a denial of service. */
export const PASSWORD_MAX_LENGTH = 200;

export const loginInput = z.object({
  username: z.string().trim().min(1, 'enter a username').max(100),
  password: z.string().min(1, 'enter a password').max(PASSWORD_MAX_LENGTH),
});
export type LoginInput = z.infer<typeof loginInput>;

/** Who is calling, as the server knows it from the session cookie. */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** Set for (and only for) commune accounts. */
  communeCode: string | null;
}

/** What `auth.login` and `auth.me` return: the session user with the commune's name for menus. */
export interface AuthUser extends SessionUser {
  communeName: string | null;
}
