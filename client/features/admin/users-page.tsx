/**
 * The users page (admins): every account with role, commune, state and last activity; a form to
 * create one; per account: edit, reset the password, deactivate or reactivate (confirmed).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { isLanguage } from '../../i18n/languages.ts';
import { Badge } from '../../ui/badge.tsx';
import { PageMessage } from '../../ui/page-message.tsx';
import { Spinner } from '../../ui/spinner.tsx';
import { useTRPC, type UserSummary } from '../../app/trpc.ts';
import { useCurrentUser } from '../../app/use-auth.ts';
import { useErrorMessage } from '../../app/use-error-message.ts';
import { roleLabel } from '../../app/role-label.ts';
import { CreateUserForm } from './create-user-form.tsx';
import { ConfirmActiveDialog, EditUserDialog, ResetPasswordDialog } from './user-dialogs.tsx';
import { formatVietnamTime } from './format-time.ts';

type OpenDialog = { kind: 'edit' | 'reset' | 'active'; user: UserSummary } | null;

export function UsersPage() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'vi';
  const trpc = useTRPC();
  const users = useQuery(trpc.users.list.queryOptions());
  const me = useCurrentUser();
  const errorMessage = useErrorMessage();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [status, setStatus] = useState('');

  const done = (message: string) => {
    setDialog(null);
    setStatus(message);
  };

  return (
    <div className="admin-page">
      <header className="admin-page__header">
        <h1 className="admin-page__title">{t('users.title')}</h1>
        <p className="admin-page__intro">{t('users.intro')}</p>
      </header>

      <p className="status-message" role="status" aria-live="polite">{status}</p>

      <section className="admin-section" aria-labelledby="users-table-title">
        <h2 id="users-table-title" className="admin-section__title">
          {t('users.tableCaption')}
          {users.data && <span className="admin-section__count">{t('users.count', { count: users.data.length })}</span>}
        </h2>
        {users.isPending && (
          <div className="page__loading">
            <Spinner label={t('users.loading')} />
            <span>{t('users.loading')}</span>
          </div>
        )}
        {users.isError && (
          <PageMessage
            tone="error"
            title={t('users.loadFailed')}
            actions={<button type="button" className="button" onClick={() => void users.refetch()}>{t('errors.retry')}</button>}
          >
            <p>{errorMessage(users.error)}</p>
          </PageMessage>
        )}
        {users.data && users.data.length === 0 && <p className="admin-section__empty">{t('users.empty')}</p>}
        {users.data && users.data.length > 0 && (
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="users-table-title">
            <table className="data-table users-table">
              <thead>
                <tr>
                  <th scope="col">{t('users.username')}</th>
                  <th scope="col">{t('users.displayName')}</th>
                  <th scope="col">{t('users.role')}</th>
                  <th scope="col">{t('users.commune')}</th>
                  <th scope="col">{t('users.status')}</th>
                  <th scope="col">{t('users.lastSeen')}</th>
                  <th scope="col">{t('users.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {users.data.map((user) => {
                  const isMe = user.id === me.data?.id;
                  return (
                    <tr key={user.id} className={user.active ? undefined : 'data-table__row--muted'} data-username={user.username}>
                      <th scope="row" className="data-table__mono">
                        {user.username}
                        {isMe && <span className="data-table__note"> {t('users.you')}</span>}
                      </th>
                      <td>{user.displayName}</td>
                      <td>{roleLabel(user.role, language)}</td>
                      <td>{user.communeName ?? (user.communeCode ?? t('values.empty'))}</td>
                      <td>
                        <Badge tone={user.active ? 'neutral' : 'warning'}>{user.active ? t('users.active') : t('users.inactive')}</Badge>
                      </td>
                      <td className="data-table__nowrap">{user.lastSeenAt ? formatVietnamTime(user.lastSeenAt, language) : t('users.never')}</td>
                      <td>
                        <div className="data-table__actions">
                          <button type="button" className="button button--small" onClick={() => setDialog({ kind: 'edit', user })}
                            aria-label={`${t('users.edit')} ${user.username}`}>
                            {t('users.edit')}
                          </button>
                          <button type="button" className="button button--small" onClick={() => setDialog({ kind: 'reset', user })}
                            aria-label={`${t('users.resetPassword')} ${user.username}`}>
                            {t('users.resetPassword')}
                          </button>
                          {/* The server refuses an admin deactivating themselves; so does the page. */}
                          {!isMe && (
                            <button type="button" className={`button button--small${user.active ? ' button--danger-outline' : ''}`}
                              onClick={() => setDialog({ kind: 'active', user })}
                              aria-label={`${user.active ? t('users.deactivate') : t('users.reactivate')} ${user.username}`}>
                              {user.active ? t('users.deactivate') : t('users.reactivate')}
                            </button>
                          )}
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="admin-section">
        <CreateUserForm onCreated={(username) => setStatus(t('users.created', { username }))} />
      </section>

      {dialog?.kind === 'edit' && <EditUserDialog user={dialog.user} onClose={() => setDialog(null)} onSaved={done} />}
      {dialog?.kind === 'reset' && <ResetPasswordDialog user={dialog.user} onClose={() => setDialog(null)} onSaved={done} />}
      {dialog?.kind === 'active' && <ConfirmActiveDialog user={dialog.user} onClose={() => setDialog(null)} onSaved={done} />}
    </div>
  );
}
