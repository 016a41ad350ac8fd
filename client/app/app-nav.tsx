/**
 * The app's sections in the header: links side by side on wide screens, one "Mục lục" menu button on
 * phones (where the links would not fit). Both are in the page; CSS shows the one that fits.
 */
import { useTranslation } from 'react-i18next';
import { MenuButton, type MenuItem } from '../ui/menu-button.tsx';
import { useNavigation } from './navigation.ts';
import { routePaths, type Route } from './routes.ts';

interface NavItem {
  key: string;
  href: string;
  /** The routes under this section: the link is marked as the current page on them. */
  routes: readonly Route['name'][];
  /** The label's message key when it is not `nav.<key>`. */
  labelKey?: 'portal.navLabel';
}

/** The sections every visitor may open; a page the role cannot use says so itself. */
const navItems: readonly NavItem[] = [
  { key: 'portal', href: routePaths.portal, routes: ['portal', 'lot', 'lot-compare'], labelKey: 'portal.navLabel' },
  { key: 'plans', href: routePaths.plans, routes: ['plans'] },
  { key: 'projects', href: routePaths.projects, routes: ['projects', 'project', 'reports'] },
  { key: 'border', href: routePaths.border, routes: ['border'] },
  { key: 'trade', href: routePaths.trade, routes: ['trade'] },
  { key: 'clearance', href: routePaths.clearance, routes: ['clearance'] },
];

export function AppNav() {
  const { t } = useTranslation();
  const { route, mapHref, onLinkClick } = useNavigation();
  const onMap = route.name === 'map';
  const label = (item: NavItem) => (item.labelKey ? t(item.labelKey) : t(`nav.${item.key}` as 'nav.projects'));
  const menuItems: MenuItem[] = [
    ...(onMap ? [] : [{ kind: 'link' as const, key: 'map', label: t('nav.map'), href: mapHref, onClick: onLinkClick }]),
    ...navItems.map((item): MenuItem => ({ kind: 'link', key: item.key, label: label(item), href: item.href, onClick: onLinkClick })),
  ];
  return (
    <>
      <nav className="app-nav app-nav--inline" aria-label={t('nav.sections')}>
        {!onMap && (
          <a className="app-header__link" href={mapHref} onClick={onLinkClick}>
            <span aria-hidden="true">← </span>{t('nav.map')}
          </a>
        )}
        {navItems.map((item) => (
          <a
            key={item.key}
            className="app-header__link"
            href={item.href}
            onClick={onLinkClick}
            aria-current={item.routes.includes(route.name) ? 'page' : undefined}
          >
            {label(item)}
          </a>
        ))}
      </nav>
      <MenuButton
        className="app-nav app-nav--menu"
        // The visible word ("Mục lục") leads the name, so speech users can say what they see (WCAG 2.5.3).
        label={`${t('nav.menu')}: ${t('nav.sections')}`}
        buttonContent={<><span aria-hidden="true">☰ </span>{t('nav.menu')}</>}
        items={menuItems}
      />
    </>
  );
}
