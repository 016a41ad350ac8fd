/**
 * The signed-in user's menu: name, role and commune; investor enquiries for Board staff; the
 * admin pages for admins; sign out here or everywhere. Only hides what the role cannot use — the server decides every call.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/languages.ts';
import { MenuButton, type MenuItem } from '../ui/menu-button.tsx';
import { Notice } from '../ui/notice.tsx';
import { useNavigation } from './navigation.ts';
import { routePaths } from './routes.ts';
import { roleLabel } from './role-label.ts';
import { useLogout } from './use-auth.ts';
import { useErrorMessage } from './use-error-message.ts';
import type { AuthUser } from './trpc.ts';
import { canReadEnquiries } from '../features/admin/enquiry-list.ts';

/** The initial of the given name (Vietnamese names end with it), skipping notes like "(demo)". */
function initial(name: string): string {
  const words = name.trim().split(/\s+/).filter((word) => /^\p{L}/u.test(word));
  return (words[words.length - 1]?.charAt(0) ?? '?').toUpperCase();
}

export function UserMenu({ user, language }: { user: AuthUser; language: Language }) {
  const { t } = useTranslation();
  const { route, navigate, onLinkClick } = useNavigation();
  const { logout } = useLogout();
  const errorMessage = useErrorMessage();
  const [message, setMessage] = useState<string | null>(null);

  const signOut = async (scope: 'here' | 'everywhere') => {
    try {
      const result = await logout(scope);
      if (scope === 'everywhere' && result) setMessage(t('auth.loggedOutEverywhere', { count: result.sessionsEnded }));
      // Admin pages are no use signed out; the map is.
      if (route.name === 'users' || route.name === 'audit' || route.name === 'enquiries' || route.name === 'imports') navigate(routePaths.map);
    } catch (error) {
      setMessage(t('auth.logoutFailed', { message: errorMessage(error) }));
    }
  };

  const items: MenuItem[] = [];
  if (canReadEnquiries(user.role)) {
    items.push({ kind: 'link', key: 'enquiries', label: t('nav.enquiries'), href: routePaths.enquiries, onClick: onLinkClick });
  }
  if (user.role === 'admin') {
    items.push(
      { kind: 'link', key: 'users', label: t('nav.users'), href: routePaths.users, onClick: onLinkClick },
      { kind: 'link', key: 'audit', label: t('nav.audit'), href: routePaths.audit, onClick: onLinkClick },
    );
  }
  // Every signed-in role imports into something (communes: their clearance boundaries).
  items.push({ kind: 'link', key: 'imports', label: t('imports.nav'), href: routePaths.imports, onClick: onLinkClick });
  items.push(
    { kind: 'action', key: 'logout', label: t('auth.logout'), onSelect: () => void signOut('here') },
    { kind: 'action', key: 'logout-everywhere', label: t('auth.logoutEverywhere'), onSelect: () => void signOut('everywhere'), tone: 'danger' },
  );

  return (
    <>
      <MenuButton
        className="user-menu"
        label={t('auth.userMenu', { name: user.displayName })}
        buttonContent={(
          <>
            {/* The initial is drawn by CSS (::before): seen, but not text that the accessible name must contain (WCAG 2.5.3). */}
            <span className="user-menu__avatar" aria-hidden="true" data-initial={initial(user.displayName)} />
            <span className="user-menu__name">{user.displayName}</span>
          </>
        )}
        summary={(
          <dl className="user-menu__summary">
            <dt className="visually-hidden">{t('users.displayName')}</dt>
            <dd className="user-menu__summary-name">{user.displayName}</dd>
            <dt className="visually-hidden">{t('users.username')}</dt>
            <dd className="user-menu__summary-username">{user.username}</dd>
            <dt>{t('auth.role')}</dt>
            <dd className="user-menu__role">{roleLabel(user.role, language)}</dd>
            {user.communeName && (
              <>
                <dt>{t('auth.commune')}</dt>
                <dd className="user-menu__commune">{user.communeName}</dd>
              </>
            )}
          </dl>
        )}
        items={items}
      />
      {message && (
        <div className="header-notice">
          <Notice dismissLabel={t('notice.dismiss')} onDismiss={() => setMessage(null)}>{message}</Notice>
        </div>
      )}
    </>
  );
}
