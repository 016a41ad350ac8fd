/** The app: providers, the route, the language, and the page for the route. */
import type { TFunction } from 'i18next';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { initialUiState, type UiState } from '../state/ui-state.ts';
import { parseUrlHash } from '../state/url-hash.ts';
import type { Language } from '../i18n/languages.ts';
import { PageMessage } from '../ui/page-message.tsx';
import { Spinner } from '../ui/spinner.tsx';
import { AdminGate } from '../features/admin/admin-gate.tsx';
import { enquiryReaders } from '../features/admin/enquiry-list.ts';
import { Providers } from './providers.tsx';
import { MapPage } from './map-page.tsx';
import { AppHeader } from './app-header.tsx';
import { NavigationContext, useNavigation } from './navigation.ts';
import { useRoute } from './use-route.ts';
import { routePaths, type Route } from './routes.ts';
import { useLanguageSync } from './use-url-state.ts';

// Pages other than the map load on demand: most visitors (investors, the public) only see the map.
const LoginPage = lazy(() => import('../features/auth/login-page.tsx').then((module) => ({ default: module.LoginPage })));
const UsersPage = lazy(() => import('../features/admin/users-page.tsx').then((module) => ({ default: module.UsersPage })));
const EnquiriesPage = lazy(() => import('../features/admin/enquiries-page.tsx').then((module) => ({ default: module.EnquiriesPage })));
const AuditPage = lazy(() => import('../features/admin/audit-page.tsx').then((module) => ({ default: module.AuditPage })));
const ProjectsPage = lazy(() => import('../features/projects/projects-page.tsx').then((module) => ({ default: module.ProjectsPage })));
const MonthlySummaryPage = lazy(() => import('../features/reports/monthly-summary-page.tsx').then((module) => ({ default: module.MonthlySummaryPage })));
const BorderPage = lazy(() => import('../features/border/border-page.tsx').then((module) => ({ default: module.BorderPage })));
const TradePage = lazy(() => import('../features/trade/trade-page.tsx').then((module) => ({ default: module.TradePage })));
const PlansPage = lazy(() => import('../features/plans/plans-page.tsx').then((module) => ({ default: module.PlansPage })));
const ClearancePage = lazy(() => import('../features/clearance/clearance-page.tsx').then((module) => ({ default: module.ClearancePage })));
const PortalPage = lazy(() => import('../features/lots/portal-page.tsx').then((module) => ({ default: module.PortalPage })));
const LotSheetPage = lazy(() => import('../features/lots/lot-sheet-page.tsx').then((module) => ({ default: module.LotSheetPage })));
const LotComparePage = lazy(() => import('../features/lots/lot-compare-page.tsx').then((module) => ({ default: module.LotComparePage })));
const ImportsPage = lazy(() => import('../features/imports/imports-page.tsx').then((module) => ({ default: module.ImportsPage })));
const ProjectPage = lazy(() => import('../features/projects/project-page.tsx').then((module) => ({ default: module.ProjectPage })));

export function App({ i18n, initialState }: { i18n: i18n; initialState: UiState }) {
  return (
    <Providers i18n={i18n}>
      <Shell initialState={initialState} />
    </Providers>
  );
}

function pageTitle(route: Route, t: TFunction): string {
  switch (route.name) {
    case 'map':
      return `${t('app.name')} · ${t('app.title')}`;
    case 'login':
      return `${t('auth.login')} · ${t('app.name')}`;
    case 'users':
      return `${t('users.title')} · ${t('app.name')}`;
    case 'audit':
      return `${t('audit.title')} · ${t('app.name')}`;
    case 'enquiries':
      return `${t('enquiries.title')} · ${t('app.name')}`;
    case 'projects':
      return `${t('projects.title')} · ${t('app.name')}`;
    case 'reports':
      return `${t('reports.pageTitle')} · ${t('app.name')}`;
    case 'project':
      return `${t('projects.sheetTitle')} · ${t('app.name')}`;
    case 'border':
      return `${t('border.title')} · ${t('app.name')}`;
    case 'trade':
      return `${t('trade.title')} · ${t('app.name')}`;
    case 'plans':
      return `${t('plans.title')} · ${t('app.name')}`;
    case 'clearance':
      return `${t('clearance.title')} · ${t('app.name')}`;
    case 'portal':
      return `${t('portal.title')} · ${t('app.name')}`;
    case 'lot':
      return `${t('portal.sheet.pageTitle')} · ${t('app.name')}`;
    case 'lot-compare':
      return `${t('portal.compare.title')} · ${t('app.name')}`;
    case 'imports':
      return `${t('imports.title')} · ${t('app.name')}`;
    case 'not-found':
      return `${t('access.notFoundTitle')} · ${t('app.name')}`;
  }
}

function Shell({ initialState }: { initialState: UiState }) {
  const { t, i18n } = useTranslation();
  const navigation = useRoute();
  const { route } = navigation;
  const [language, setLanguage] = useState<Language>(initialState.language);
  useLanguageSync(language, i18n, pageTitle(route, t));

  let page: ReactNode;
  if (route.name === 'map') {
    page = <MapPageRoute language={language} onLanguageChange={setLanguage} />;
  } else if (route.name === 'plans') {
    // A full-height map page like the main map, loaded on demand.
    page = (
      <Suspense fallback={<div className="page__narrow page__loading"><Spinner label={t('panel.loading')} /><span>{t('panel.loading')}</span></div>}>
        <PlansPage language={language} onLanguageChange={setLanguage} />
      </Suspense>
    );
  } else if (route.name === 'portal') {
    // A full-height map page too: the list and the map side by side.
    page = (
      <Suspense fallback={<div className="page__narrow page__loading"><Spinner label={t('panel.loading')} /><span>{t('panel.loading')}</span></div>}>
        <PortalPage language={language} onLanguageChange={setLanguage} />
      </Suspense>
    );
  } else {
    page = (
      <div className="app app--page">
        <a className="skip-link" href="#page-content">{t('nav.skipToContent')}</a>
        <AppHeader language={language} onLanguageChange={setLanguage} />
        <main className="page" id="page-content" tabIndex={-1}>
          <Suspense fallback={<div className="page__narrow page__loading"><Spinner label={t('panel.loading')} /><span>{t('panel.loading')}</span></div>}>
            {route.name === 'login' && <LoginPage next={route.next} />}
            {route.name === 'users' && <AdminGate><UsersPage /></AdminGate>}
            {route.name === 'audit' && <AdminGate><AuditPage /></AdminGate>}
            {route.name === 'enquiries' && <AdminGate allow={enquiryReaders} anonymousBody={t('enquiries.anonymousBody')} forbiddenBody={t('enquiries.forbiddenBody')}><EnquiriesPage /></AdminGate>}
            {route.name === 'projects' && <ProjectsPage />}
            {route.name === 'reports' && <MonthlySummaryPage />}
            {route.name === 'project' && <ProjectPage key={route.id} id={route.id} />}
            {route.name === 'border' && <BorderPage />}
            {route.name === 'trade' && <TradePage />}
            {route.name === 'clearance' && <ClearancePage boundaryId={route.boundaryId} />}
            {route.name === 'lot' && <LotSheetPage key={route.id} id={route.id} />}
            {route.name === 'lot-compare' && <LotComparePage key={route.ids.join(',')} ids={route.ids} />}
            {route.name === 'imports' && <ImportsPage language={language} />}
            {route.name === 'not-found' && <NotFound path={route.path} />}
          </Suspense>
        </main>
      </div>
    );
  }
  return <NavigationContext.Provider value={navigation}>{page}</NavigationContext.Provider>;
}

/**
 * The map page reads its state from the hash each time it opens (first load, or back from another
 * page); the app's language wins over a `lang=` left in an older link.
 */
function MapPageRoute({ language, onLanguageChange }: { language: Language; onLanguageChange: (language: Language) => void }) {
  const [initialState] = useState(() => ({ ...initialUiState(parseUrlHash(window.location.hash), language), language }));
  return <MapPage initialState={initialState} onLanguageChange={onLanguageChange} language={language} />;
}

function NotFound({ path }: { path: string }) {
  const { t } = useTranslation();
  const { onLinkClick } = useNavigation();
  return (
    <div className="page__narrow">
      <PageMessage
          level={1}
        title={t('access.notFoundTitle')}
        actions={<a className="button button--primary" href={routePaths.map} onClick={onLinkClick}>{t('auth.backToMap')}</a>}
      >
        <p>{t('access.notFoundBody', { path })}</p>
      </PageMessage>
    </div>
  );
}
