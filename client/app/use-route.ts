/**
 * The current route from `location`, kept in step with history: `navigate` pushes (or replaces)
 * an entry and re-reads the route; back/forward (popstate) re-read it too. Same-origin links
 * are intercepted by `onLinkClick` so a page change keeps the query cache and the map's state
 * in memory instead of reloading the app.
 */
import { useCallback, useEffect, useState, type MouseEvent } from 'react';
import { parseRoute, routePaths, type Route } from './routes.ts';

function readRoute(): Route {
  return parseRoute(window.location.pathname, window.location.search);
}

export interface Navigation {
  route: Route;
  navigate: (path: string, options?: { replace?: boolean }) => void;
  /** The map with the view it showed when the user left it for another page. */
  mapHref: string;
  /** For `<a href>` inside the app: plain left clicks navigate in place; modified clicks open a tab as usual. */
  onLinkClick: (event: MouseEvent<HTMLAnchorElement>) => void;
}

export function useRoute(): Navigation {
  const [route, setRoute] = useState<Route>(readRoute);
  const [lastMapHash, setLastMapHash] = useState('');

  useEffect(() => {
    const onPopState = () => setRoute(readRoute());
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const navigate = useCallback((path: string, options: { replace?: boolean } = {}) => {
    if (window.location.pathname === routePaths.map) setLastMapHash(window.location.hash);
    if (options.replace) window.history.replaceState(null, '', path);
    else window.history.pushState(null, '', path);
    setRoute(readRoute());
    // A new page starts at its top.
    window.scrollTo(0, 0);
  }, []);

  const onLinkClick = useCallback((event: MouseEvent<HTMLAnchorElement>) => {
    const anchor = event.currentTarget;
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (anchor.target && anchor.target !== '_self') return;
    if (anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href, window.location.href);
    if (url.origin !== window.location.origin) return;
    // Server endpoints (the CSV export) are not pages of the app.
    if (/^\/(api|trpc|tiles|ogc)\//.test(url.pathname)) return;
    event.preventDefault();
    navigate(`${url.pathname}${url.search}${url.hash}`);
  }, [navigate]);

  return { route, navigate, onLinkClick, mapHref: `${routePaths.map}${route.name === 'map' ? '' : lastMapHash}` };
}
