/**
 * The portal's query string as the visitor last left it, so "back to the lots" from a sheet or the
 * compare view returns to the same filters and picks (kept for the tab's life, not stored).
 */
let lastSearch = '';

export function rememberPortalSearch(search: string): void {
  lastSearch = search;
}

export function lastPortalSearch(): string {
  return lastSearch;
}
