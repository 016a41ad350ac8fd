/** The users page's dialogs: edit an account, reset its password, (de)activate it after confirmation. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PASSWORD_MIN_LENGTH } from '../../../shared/schemas/users.ts';
import type { Role } from '../../../shared/domain/roles.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { Field } from '../../ui/field.tsx';
import { Spinner } from '../../ui/spinner.tsx';
import { useTRPC, type UserSummary } from '../../app/trpc.ts';
import { apiErrorInfo } from '../../app/api-error.ts';
import { useErrorMessage } from '../../app/use-error-message.ts';
import { communeRequired, validateEditUser, validateNewPassword, type FieldErrors } from './user-form-rules.ts';
import { RoleSelect } from './role-select.tsx';
import { CommuneField } from './commune-field.tsx';

function useUserSaved() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries(trpc.users.list.pathFilter());
    void queryClient.invalidateQueries(trpc.audit.pathFilter());
  };
}

function PendingLabel({ pending, idle, busy }: { pending: boolean; idle: string; busy: string }) {
  return pending ? <><Spinner label={busy} /> {busy}</> : <>{idle}</>;
}

export function EditUserDialog({ user, onClose, onSaved }: { user: UserSummary; onClose: () => void; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const saved = useUserSaved();
  const errorMessage = useErrorMessage();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [role, setRole] = useState<Role>(user.role);
  const [communeCode, setCommuneCode] = useState(user.communeCode ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<{ field: string | undefined; message: string } | null>(null);
  const update = useMutation(trpc.users.update.mutationOptions());

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const result = validateEditUser({ displayName, role, communeCode });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setServerError(null);
    update.mutate({ id: user.id, ...result.input }, {
      onSuccess: async () => {
        await saved();
        onSaved(t('users.updated', { username: user.username }));
      },
      onError: (error) => setServerError({ field: apiErrorInfo(error).field, message: errorMessage(error) }),
    });
  };

  const serverFieldError = (field: string) => (serverError?.field === field ? serverError.message : undefined);
  const formError = serverError && !['displayName', 'role', 'communeCode'].includes(serverError.field ?? '') ? serverError.message : undefined;

  return (
    <Dialog title={t('users.editUser', { username: user.username })} onClose={onClose}>
      <form className="dialog__form" onSubmit={onSubmit} noValidate>
        {formError && <div className="form-error" role="alert">{formError}</div>}
        <Field label={t('users.displayName')} error={errors.displayName ? t(`users.errors.${errors.displayName}`) : serverFieldError('displayName')} required>
          {(control) => <input {...control} className="input" name="displayName" value={displayName} onChange={(event) => setDisplayName(event.target.value)} />}
        </Field>
        <Field label={t('users.role')} error={serverFieldError('role')} required>
          {(control) => <RoleSelect control={control} value={role} onChange={(next) => { if (next) setRole(next); }} />}
        </Field>
        {communeRequired(role) && (
          <CommuneField
            value={communeCode}
            onChange={setCommuneCode}
            error={errors.communeCode ? t(`users.errors.${errors.communeCode}`) : serverFieldError('communeCode')}
          />
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>{t('users.cancel')}</button>
          <button type="submit" className="button button--primary" aria-disabled={update.isPending}>
            <PendingLabel pending={update.isPending} idle={t('users.save')} busy={t('users.saving')} />
          </button>
        </div>
      </form>
    </Dialog>
  );
}

export function ResetPasswordDialog({ user, onClose, onSaved }: { user: UserSummary; onClose: () => void; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const saved = useUserSaved();
  const errorMessage = useErrorMessage();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const reset = useMutation(trpc.users.resetPassword.mutationOptions());

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reset.isPending) return;
    const result = validateNewPassword(password);
    if (!result.ok) {
      setError(result.errors.password ? t(`users.errors.${result.errors.password}`) : undefined);
      return;
    }
    setError(undefined);
    reset.mutate({ id: user.id, password: result.input }, {
      onSuccess: async () => {
        await saved();
        onSaved(t('users.passwordReset', { username: user.username }));
      },
      onError: (failure) => setError(errorMessage(failure)),
    });
  };

  return (
    <Dialog title={t('users.resetPasswordFor', { username: user.username })} onClose={onClose} describedBy="reset-password-hint">
      <form className="dialog__form" onSubmit={onSubmit} noValidate>
        <p id="reset-password-hint" className="dialog__text">{t('users.resetPasswordHint')}</p>
        {/* A hidden username lets password managers file the new password under the right account. */}
        <input type="text" name="username" autoComplete="username" value={user.username} readOnly hidden />
        <Field label={t('users.newPassword')} hint={t('users.passwordHint', { min: PASSWORD_MIN_LENGTH })} error={error} required>
          {(control) => <input {...control} className="input" type="password" name="password" autoComplete="new-password" value={password} onChange={(event) => setPassword(event.target.value)} />}
        </Field>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>{t('users.cancel')}</button>
          <button type="submit" className="button button--primary" aria-disabled={reset.isPending}>
            <PendingLabel pending={reset.isPending} idle={t('users.resetPassword')} busy={t('users.saving')} />
          </button>
        </div>
      </form>
    </Dialog>
  );
}

export function ConfirmActiveDialog({ user, onClose, onSaved }: { user: UserSummary; onClose: () => void; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const saved = useUserSaved();
  const errorMessage = useErrorMessage();
  const update = useMutation(trpc.users.update.mutationOptions());
  const deactivating = user.active;
  const confirm = () => {
    if (update.isPending) return;
    update.mutate({ id: user.id, active: !user.active }, {
      onSuccess: async () => {
        await saved();
        onSaved(t(deactivating ? 'users.deactivated' : 'users.reactivated', { username: user.username }));
      },
    });
  };
  return (
    <Dialog
      title={t(deactivating ? 'users.confirmDeactivateTitle' : 'users.confirmReactivateTitle', { username: user.username })}
      onClose={onClose}
      describedBy="confirm-active-body"
    >
      <p id="confirm-active-body" className="dialog__text">
        {t(deactivating ? 'users.confirmDeactivateBody' : 'users.confirmReactivateBody', { name: user.displayName })}
      </p>
      {update.isError && <div className="form-error" role="alert">{errorMessage(update.error)}</div>}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>{t('users.cancel')}</button>
        <button type="button" className={`button ${deactivating ? 'button--danger' : 'button--primary'}`} aria-disabled={update.isPending} onClick={confirm}>
          <PendingLabel pending={update.isPending} idle={t(deactivating ? 'users.deactivate' : 'users.reactivate')} busy={t('users.saving')} />
        </button>
      </div>
    </Dialog>
  );
}
