import { describe, expect, it } from 'vitest';
import { communeRequired, emptyCreateUserForm, validateCreateUser, validateEditUser, validateNewPassword } from './user-form-rules.ts';

const valid = { username: 'Can-Bo.Moi', displayName: ' Cán bộ mới ', role: 'officer' as const, communeCode: '', password: 'mat-khau-dai-du' };

describe('communeRequired', () => {
  it('holds for commune accounts only', () => {
    expect(communeRequired('commune')).toBe(true);
    for (const role of ['admin', 'planner', 'officer', ''] as const) expect(communeRequired(role)).toBe(false);
  });
});

describe('validateCreateUser', () => {
  it('gives the users.create input, normalised by the shared schema', () => {
    expect(validateCreateUser(valid)).toEqual({
      ok: true,
      input: { username: 'can-bo.moi', displayName: 'Cán bộ mới', role: 'officer', communeCode: null, password: 'mat-khau-dai-du' },
    });
  });

  it('asks a commune account for its commune', () => {
    expect(validateCreateUser({ ...valid, role: 'commune' })).toEqual({ ok: false, errors: { communeCode: 'communeRequired' } });
  });

  it('sends the commune of a commune account', () => {
    const result = validateCreateUser({ ...valid, role: 'commune', communeCode: '11.1806' });
    expect(result.ok && result.input.communeCode).toBe('11.1806');
  });

  it('drops a commune left in the form when the role is not commune', () => {
    const result = validateCreateUser({ ...valid, role: 'planner', communeCode: '11.1806' });
    expect(result.ok && result.input.communeCode).toBeNull();
  });

  it('reports every field at fault', () => {
    expect(validateCreateUser({ ...emptyCreateUserForm, username: 'a b', password: 'short' })).toEqual({
      ok: false,
      errors: { username: 'username', displayName: 'displayName', role: 'role', password: 'passwordShort' },
    });
  });
});

describe('validateEditUser', () => {
  it('needs a commune when the role becomes commune', () => {
    expect(validateEditUser({ displayName: 'An', role: 'commune', communeCode: '' })).toEqual({ ok: false, errors: { communeCode: 'communeRequired' } });
  });

  it('clears the commune of a Board role', () => {
    expect(validateEditUser({ displayName: 'An', role: 'officer', communeCode: '11.1806' })).toEqual({ ok: true, input: { displayName: 'An', role: 'officer', communeCode: null } });
  });
});

describe('validateNewPassword', () => {
  it('needs at least 10 characters', () => {
    expect(validateNewPassword('123456789')).toEqual({ ok: false, errors: { password: 'passwordShort' } });
    expect(validateNewPassword('1234567890')).toEqual({ ok: true, input: '1234567890' });
  });
});
