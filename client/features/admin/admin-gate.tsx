/**
 * Shows an admin page to the roles allowed (admins by default): others get a clear refusal,
 * anonymous users a link to sign in (and come back). The server refuses the page's calls anyway;
 * this only explains it.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageMessage } from '../../ui/page-message.tsx';
import { Spinner } from '../../ui/spinner.tsx';
import { useNavigation } from '../../app/navigation.ts';
import { currentLocationPath, loginPath } from '../../app/routes.ts';
import { useCurrentUser } from '../../app/use-auth.ts';
import { useErrorMessage } from '../../app/use-error-message.ts';
import type { Role } from '../../../shared/domain/roles.ts';

const adminOnly: readonly Role[] = ['admin'];

export function AdminGate({ children, allow = adminOnly, anonymousBody, forbiddenBody }: {
  children: ReactNode;
  allow?: readonly Role[];
  /** What the page is for, when not only for administrators. */
  anonymousBody?: string;
  forbiddenBody?: string;
}) {
  const { t } = useTranslation();
  const { onLinkClick, mapHref } = useNavigation();
  const me = useCurrentUser();
  const errorMessage = useErrorMessage();

  if (me.isPending) {
    return (
      <div className="page__narrow page__loading">
        <Spinner label={t('auth.sessionLoading')} />
        <span>{t('auth.sessionLoading')}</span>
      </div>
    );
  }
  if (me.isError) {
    return (
      <div className="page__narrow">
        <PageMessage
          level={1}
          tone="error"
          title={errorMessage(me.error)}
          actions={<button type="button" className="button" onClick={() => void me.refetch()}>{t('errors.retry')}</button>}
        />
      </div>
    );
  }
  if (!me.data) {
    return (
      <div className="page__narrow">
        <PageMessage
          level={1}
          title={t('access.anonymousTitle')}
          actions={(
            <>
              <a className="button button--primary" href={loginPath(currentLocationPath(window.location))} onClick={onLinkClick}>{t('auth.login')}</a>
              <a className="button" href={mapHref} onClick={onLinkClick}>{t('auth.backToMap')}</a>
            </>
          )}
        >
          <p>{anonymousBody ?? t('access.anonymousBody')}</p>
        </PageMessage>
      </div>
    );
  }
  if (!(allow as readonly string[]).includes(me.data.role)) {
    return (
      <div className="page__narrow">
        <PageMessage
          level={1}
          title={t('access.forbiddenTitle')}
          actions={<a className="button" href={mapHref} onClick={onLinkClick}>{t('auth.backToMap')}</a>}
        >
          <p>{forbiddenBody ?? t('access.forbiddenBody')}</p>
        </PageMessage>
      </div>
    );
  }
  return <>{children}</>;
}
