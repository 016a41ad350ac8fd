/**
 * The create-account form: checked in the browser with the shared schema (errors per field),
 * then by the server, whose field errors (a taken username, an unknown commune) land on the
 * field too. The commune select appears, and is required, for commune accounts only.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PASSWORD_MIN_LENGTH } from '../../../shared/schemas/users.ts';
import { Field } from '../../ui/field.tsx';
import { Spinner } from '../../ui/spinner.tsx';
import { useTRPC } from '../../app/trpc.ts';
import { apiErrorInfo } from '../../app/api-error.ts';
import { useErrorMessage } from '../../app/use-error-message.ts';
import { communeRequired, emptyCreateUserForm, validateCreateUser, type CreateUserForm, type FieldErrors, type UserFormField } from './user-form-rules.ts';
import { RoleSelect } from './role-select.tsx';
import { CommuneField } from './commune-field.tsx';

const formFields: readonly UserFormField[] = ['username', 'displayName', 'role', 'communeCode', 'password'];

function isFormField(field: string | undefined): field is UserFormField {
  return formFields.includes(field as UserFormField);
}

export function CreateUserForm({ onCreated }: { onCreated: (username: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const [form, setForm] = useState<CreateUserForm>(emptyCreateUserForm);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverErrors, setServerErrors] = useState<Partial<Record<UserFormField | 'form', string>>>({});
  const create = useMutation(trpc.users.create.mutationOptions());

  const set = <K extends keyof CreateUserForm>(key: K, value: CreateUserForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: undefined }));
    setServerErrors((current) => ({ ...current, [key]: undefined, form: undefined }));
  };

  const fieldError = (field: UserFormField): string | undefined => {
    const key = errors[field];
    return key ? t(`users.errors.${key}`) : serverErrors[field];
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const result = validateCreateUser(form);
    if (!result.ok) {
      setErrors(result.errors);
      const first = formFields.find((field) => result.errors[field]);
      if (first) (event.currentTarget.elements.namedItem(first) as HTMLElement | null)?.focus();
      return;
    }
    setErrors({});
    setServerErrors({});
    create.mutate(result.input, {
      onSuccess: async (user) => {
        setForm(emptyCreateUserForm);
        await queryClient.invalidateQueries(trpc.users.list.pathFilter());
        void queryClient.invalidateQueries(trpc.audit.pathFilter());
        onCreated(user.username);
      },
      onError: (error) => {
        const { field } = apiErrorInfo(error);
        setServerErrors(isFormField(field) ? { [field]: errorMessage(error) } : { form: errorMessage(error) });
      },
    });
  };

  return (
    <form className="admin-form" onSubmit={onSubmit} noValidate aria-labelledby="create-user-title">
      <h2 id="create-user-title" className="admin-section__title">{t('users.createTitle')}</h2>
      {serverErrors.form && <div className="form-error" role="alert">{serverErrors.form}</div>}
      <div className="admin-form__grid">
        <Field label={t('users.username')} hint={t('users.usernameHint')} error={fieldError('username')} required>
          {(control) => (
            <input {...control} className="input" name="username" autoComplete="off" autoCapitalize="none" spellCheck={false}
              value={form.username} onChange={(event) => set('username', event.target.value)} />
          )}
        </Field>
        <Field label={t('users.displayName')} error={fieldError('displayName')} required>
          {(control) => (
            <input {...control} className="input" name="displayName" autoComplete="off"
              value={form.displayName} onChange={(event) => set('displayName', event.target.value)} />
          )}
        </Field>
        <Field label={t('users.role')} error={fieldError('role')} required>
          {(control) => <RoleSelect control={{ ...control }} value={form.role} allowEmpty onChange={(role) => set('role', role)} />}
        </Field>
        {communeRequired(form.role) && (
          <CommuneField value={form.communeCode} onChange={(code) => set('communeCode', code)} error={fieldError('communeCode')} />
        )}
        <Field label={t('auth.password')} hint={t('users.passwordHint', { min: PASSWORD_MIN_LENGTH })} error={fieldError('password')} required>
          {(control) => (
            <input {...control} className="input" type="password" name="password" autoComplete="new-password"
              value={form.password} onChange={(event) => set('password', event.target.value)} />
          )}
        </Field>
      </div>
      <div className="admin-form__actions">
        <button type="submit" className="button button--primary" aria-disabled={create.isPending}>
          {create.isPending ? <><Spinner label={t('users.creating')} /> {t('users.creating')}</> : t('users.create')}
        </button>
      </div>
    </form>
  );
}
