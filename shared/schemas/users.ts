/** Inputs of the admin users page: the same schemas validate the form and the procedure. */
import { z } from 'zod';
import { roleCodes } from '../domain/roles.ts';
import { PASSWORD_MAX_LENGTH } from './auth.ts';

export const PASSWORD_MIN_LENGTH = 10;

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9](?:[a-z0-9._-]{1,38}[a-z0-9])$/, 'use 3–40 characters: a–z, 0–9, dot, dash or underscore, starting and ending with a letter or digit');

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH);

export const displayNameSchema = z.string().trim().min(1, 'enter a name').max(100);
export const roleSchema = z.enum(roleCodes);
/** The commune's `code` in the communes layer, e.g. "11.1806". */
export const communeCodeSchema = z.string().trim().min(1).max(20);
export const userIdSchema = z.string().min(1).max(64);

export const createUserInput = z
  .object({
    username: usernameSchema,
    displayName: displayNameSchema,
    role: roleSchema,
    communeCode: communeCodeSchema.nullish(),
    password: passwordSchema,
  })
  .superRefine((value, context) => {
    if (value.role === 'commune' && !value.communeCode) {
      context.addIssue({ code: 'custom', path: ['communeCode'], message: 'a commune account needs its commune' });
    }
    if (value.role !== 'commune' && value.communeCode) {
      context.addIssue({ code: 'custom', path: ['communeCode'], message: 'only commune accounts are bound to a commune' });
    }
  });
export type CreateUserInput = z.input<typeof createUserInput>;

/**
 * Every field but `id` is optional. Whether role and commune fit together is checked against the
 * stored user (a role change to `commune` needs a commune, given here or already stored).
 */
export const updateUserInput = z.object({
  id: userIdSchema,
  displayName: displayNameSchema.optional(),
  role: roleSchema.optional(),
  communeCode: communeCodeSchema.nullish(),
  active: z.boolean().optional(),
});
export type UpdateUserInput = z.input<typeof updateUserInput>;

export const resetPasswordInput = z.object({
  id: userIdSchema,
  password: passwordSchema,
});
export type ResetPasswordInput = z.input<typeof resetPasswordInput>;
