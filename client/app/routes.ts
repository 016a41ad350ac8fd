/**
 * The app's pages as a typed route, read from `location.pathname` (+ search). Paths are
 * Vietnamese, like the interface; the map keeps its state in the hash (state/url-hash.ts), so
 * routes never touch the hash. Pure: the app wires it to `history` (use-route.ts).
 */
export type Route =
  | { name: 'map' }
  /** `next`: where to go after signing in — a same-origin path, already checked. */
  | { name: 'login'; next: string | undefined }
  | { name: 'users' }
  | { name: 'audit' }
  /** Investor enquiries about lots, for Board staff. */
  | { name: 'enquiries' }
  | { name: 'projects' }
  | { name: 'reports' }
  | { name: 'border' }
  | { name: 'trade' }
  /** Plans and revisions; the page's own state is in the query string (features/plans/plan-url-state.ts). */
  | { name: 'plans' }
  /** The communes' site-clearance workspace; `boundaryId`: the clearance boundary open in it. */
  | { name: 'clearance'; boundaryId: string | undefined }
  /** `id`: the project's feature id in the projects layer. */
  | { name: 'project'; id: string }
  /** The investor portal; its filters, selection and comparison picks are in the query string (features/lots/portal-url-state.ts). */
  | { name: 'portal' }
  /** A lot's sheet; `id`: the lot's feature id in the land-lots layer. */
  | { name: 'lot'; id: string }
  /** Two or three lots side by side (`?lo=a,b,c`). */
  | { name: 'lot-compare'; ids: string[] }
  /** Import files into plans, lots, clearance boundaries and projects (issue #8). */
  | { name: 'imports' }
  | { name: 'not-found'; path: string };

export const routePaths = {
  map: '/',
  login: '/dang-nhap',
  users: '/quan-tri/nguoi-dung',
  audit: '/quan-tri/nhat-ky',
  enquiries: '/quan-tri/yeu-cau',
  projects: '/du-an',
  reports: '/bao-cao',
  border: '/cua-khau',
  trade: '/thuong-mai',
  plans: '/quy-hoach',
  clearance: '/giai-phong-mat-bang',
  portal: '/dat-dau-tu',
  lotCompare: '/dat-dau-tu/so-sanh',
  imports: '/nhap-du-lieu',
} as const;

/** Query parameter of the compare view listing the lots. */
export const lotCompareParameter = 'lo';

/** A lot's sheet (a stable link). */
export function lotPath(id: string): string {
  return `${routePaths.portal}/${encodeURIComponent(id)}`;
}

/** The lots side by side, in the order given. */
export function lotComparePath(ids: readonly string[]): string {
  return `${routePaths.lotCompare}?${lotCompareParameter}=${ids.map(encodeURIComponent).join(',')}`;
}

const lotPathPattern = /^\/dat-dau-tu\/([^/]+)$/;

/** Query parameter of the clearance workspace naming the open boundary. */
export const clearanceBoundaryParameter = 'ranh-gioi';

/** The clearance workspace, with a boundary open when given. */
export function clearancePath(boundaryId?: string): string {
  return boundaryId ? `${routePaths.clearance}?${new URLSearchParams({ [clearanceBoundaryParameter]: boundaryId }).toString()}` : routePaths.clearance;
}

/** A project's sheet. */
export function projectPath(id: string): string {
  return `${routePaths.projects}/${encodeURIComponent(id)}`;
}

const projectPathPattern = /^\/du-an\/([^/]+)$/;

/** Name of the query parameter that carries the page to return to after login. */
const nextParameter = 'tiep';

/**
 * A path safe to navigate to after login: same origin only. Rejects absolute URLs,
 * protocol-relative `//host` and backslash tricks (`/\host`), which browsers treat as hosts.
 */
export function safeNextPath(value: string | null | undefined): string | undefined {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return undefined;
  // Control characters (tab, newline) are stripped by URL parsers and could smuggle in `//`.
  if ([...value].some((character) => character.charCodeAt(0) < 0x20 || character.charCodeAt(0) === 0x7f)) return undefined;
  // Never back to the login page itself.
  if (parseRoute(value.split(/[?#]/)[0] ?? '/', '').name === 'login') return undefined;
  return value;
}

function trimTrailingSlash(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/+$/, '') || '/' : pathname;
}

export function parseRoute(pathname: string, search: string): Route {
  let path: string;
  try {
    path = trimTrailingSlash(decodeURI(pathname));
  } catch {
    return { name: 'not-found', path: pathname };
  }
  switch (path) {
    case '':
    case routePaths.map:
    case '/index.html':
      return { name: 'map' };
    case routePaths.login:
      return { name: 'login', next: safeNextPath(new URLSearchParams(search).get(nextParameter)) };
    case routePaths.users:
      return { name: 'users' };
    case routePaths.audit:
      return { name: 'audit' };
    case routePaths.enquiries:
      return { name: 'enquiries' };
    case routePaths.projects:
      return { name: 'projects' };
    case routePaths.reports:
      return { name: 'reports' };
    case routePaths.border:
      return { name: 'border' };
    case routePaths.trade:
      return { name: 'trade' };
    case routePaths.plans:
      return { name: 'plans' };
    case routePaths.imports:
      return { name: 'imports' };
    case routePaths.clearance:
      return { name: 'clearance', boundaryId: new URLSearchParams(search).get(clearanceBoundaryParameter)?.trim() || undefined };
    case routePaths.portal:
      return { name: 'portal' };
    case routePaths.lotCompare: {
      const ids = (new URLSearchParams(search).get(lotCompareParameter) ?? '').split(',').map((id) => id.trim()).filter((id) => id !== '');
      return { name: 'lot-compare', ids: [...new Set(ids)] };
    }
    default: {
      const project = projectPathPattern.exec(path);
      if (project?.[1]) return { name: 'project', id: project[1] };
      const lot = lotPathPattern.exec(path);
      if (lot?.[1]) return { name: 'lot', id: lot[1] };
      return { name: 'not-found', path };
    }
  }
}

/** The login page's path, remembering `from` (path + search + hash) to return to. */
export function loginPath(from?: string): string {
  const next = safeNextPath(from);
  return next && next !== routePaths.map ? `${routePaths.login}?${new URLSearchParams({ [nextParameter]: next }).toString()}` : routePaths.login;
}

/** The part of the current location to come back to: path, search and hash. */
export function currentLocationPath(location: { pathname: string; search: string; hash: string }): string {
  return `${location.pathname}${location.search}${location.hash}`;
}
