/**
 * The page header: the app's name (a link to the map), the Board it serves, the language switch
 * and the account: a "Đăng nhập" link when anonymous, the user menu when signed in.
 */
import { useTranslation } from 'react-i18next';
import { htmlLang, languages, type Language } from '../i18n/languages.ts';
import { LanguageSwitch } from '../ui/language-switch.tsx';
import { AppNav } from './app-nav.tsx';
import { useNavigation } from './navigation.ts';
import { currentLocationPath, loginPath } from './routes.ts';
import { useCurrentUser } from './use-auth.ts';
import { UserMenu } from './user-menu.tsx';

export function AppHeader({ language, onLanguageChange }: { language: Language; onLanguageChange: (language: Language) => void }) {
  const { t } = useTranslation();
  const { route, mapHref, onLinkClick } = useNavigation();
  const me = useCurrentUser();
  const options = languages.map((code) => ({ code, label: t(`language.${code}`), lang: htmlLang[code] }));
  const onMap = route.name === 'map';
  const TitleTag = onMap ? 'h1' : 'p';
  return (
    <header className="app-header">
      <a className="app-header__brand" href={mapHref} onClick={onLinkClick} aria-current={onMap ? 'page' : undefined}>
        <span className="app-header__logo" aria-hidden="true">EZ</span>
        <span className="app-header__titles">
          <TitleTag className="app-header__title">{t('app.title')}</TitleTag>
          <span className="app-header__board">{t('app.board')}</span>
        </span>
      </a>
      <div className="app-header__tools">
        <AppNav />
        <LanguageSwitch<Language> label={t('language.label')} options={options} value={language} onChange={onLanguageChange} />
        {me.data ? (
          <UserMenu user={me.data} language={language} />
        ) : (
          route.name !== 'login' && !me.isPending && (
            <a className="app-header__login" href={loginPath(currentLocationPath(window.location))} onClick={onLinkClick}>
              {t('auth.login')}
            </a>
          )
        )}
      </div>
    </header>
  );
}
