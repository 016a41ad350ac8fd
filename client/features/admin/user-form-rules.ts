/**
 * Rules of the users page's forms, checked in the browser with the same zod schemas the server
 * applies (shared/schemas/users.ts). Errors come back per field as message keys: the schemas'
 * own messages are English, the form shows its language. Pure.
 */
import { createUserInput, displayNameSchema, passwordSchema, type CreateUserInput } from '../../../shared/schemas/users.ts';
import type { Role } from '../../../shared/domain/roles.ts';

/** A commune account is bound to one commune; every other role to none (DESIGN §6). */
export function communeRequired(role: Role | ''): boolean {
  return role === 'commune';
}

export type UserFormField = 'username' | 'displayName' | 'role' | 'communeCode' | 'password';

/** Keys under `users.errors` in the message files. */
export type UserFormError = 'username' | 'displayName' | 'role' | 'communeRequired' | 'passwordShort' | 'passwordLong';

export type FieldErrors = Partial<Record<UserFormField, UserFormError>>;

export interface CreateUserForm {
  username: string;
  displayName: string;
  role: Role | '';
  communeCode: string;
  password: string;
}

export const emptyCreateUserForm: CreateUserForm = { username: '', displayName: '', role: '', communeCode: '', password: '' };

function passwordError(password: string): UserFormError | undefined {
  const result = passwordSchema.safeParse(password);
  if (result.success) return undefined;
  return result.error.issues.some((issue) => issue.code === 'too_big') ? 'passwordLong' : 'passwordShort';
}

const errorByField: Record<Exclude<UserFormField, 'password'>, UserFormError> = {
  username: 'username',
  displayName: 'displayName',
  role: 'role',
  communeCode: 'communeRequired',
};

export type Validated<T> = { ok: true; input: T } | { ok: false; errors: FieldErrors };

/** The create form, checked: the input of `users.create`, or an error per field. */
export function validateCreateUser(form: CreateUserForm): Validated<CreateUserInput> {
  const candidate = {
    username: form.username,
    displayName: form.displayName,
    role: form.role,
    // The commune select is shown (and sent) only for commune accounts.
    communeCode: communeRequired(form.role) ? form.communeCode || null : null,
    password: form.password,
  };
  const result = createUserInput.safeParse(candidate);
  if (result.success) return { ok: true, input: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (field === 'password') errors.password ??= passwordError(form.password) ?? 'passwordShort';
    else if (field === 'username' || field === 'displayName' || field === 'role' || field === 'communeCode') errors[field] ??= errorByField[field];
  }
  return { ok: false, errors };
}

export interface EditUserForm {
  displayName: string;
  role: Role;
  communeCode: string;
}

export interface EditUserInput {
  displayName: string;
  role: Role;
  communeCode: string | null;
}

/** The edit form: a name, a role and — for commune accounts only — a commune. */
export function validateEditUser(form: EditUserForm): Validated<EditUserInput> {
  const errors: FieldErrors = {};
  const displayName = displayNameSchema.safeParse(form.displayName);
  if (!displayName.success) errors.displayName = 'displayName';
  if (communeRequired(form.role) && !form.communeCode.trim()) errors.communeCode = 'communeRequired';
  if (Object.keys(errors).length > 0 || !displayName.success) return { ok: false, errors };
  return { ok: true, input: { displayName: displayName.data, role: form.role, communeCode: communeRequired(form.role) ? form.communeCode.trim() : null } };
}

/** A new password (reset dialog). */
export function validateNewPassword(password: string): Validated<string> {
  const error = passwordError(password);
  return error ? { ok: false, errors: { password: error } } : { ok: true, input: password };
}
