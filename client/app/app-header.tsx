/** The page header: the app's name, the Board it serves, and the language switch. */
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../i18n/languages.ts';
import { LanguageSwitch } from '../ui/language-switch.tsx';

export function AppHeader({ language, onLanguageChange }: { language: Language; onLanguageChange: (language: Language) => void }) {
  const { t } = useTranslation();
  const options = languages.map((code) => ({ code, label: t(`language.${code}`) }));
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <span className="app-header__logo" aria-hidden="true">EZ</span>
        <div className="app-header__titles">
          <h1 className="app-header__title">{t('app.title')}</h1>
          <p className="app-header__board">{t('app.board')}</p>
        </div>
      </div>
      <LanguageSwitch<Language> label={t('language.label')} options={options} value={language} onChange={onLanguageChange} />
    </header>
  );
}
