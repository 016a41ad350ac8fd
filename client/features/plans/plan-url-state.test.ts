import { describe, expect, it } from 'vitest';
import { defaultPlanUrlState, formatPlanSearch, parsePlanSearch, revisionOfTileUrl, zoneTileQuery } from './plan-url-state.ts';

describe('plan page URL state', () => {
  it('reads the defaults from an empty query', () => {
    expect(parsePlanSearch('')).toEqual(defaultPlanUrlState);
    expect(formatPlanSearch(defaultPlanUrlState)).toBe('');
  });

  it('round-trips a comparison by swipe with the balance panel', () => {
    const search = '?phuong-an=dd-ls-general-2045&so-sanh=dd-ls-general-current&moc=2035&muc=tac-dong';
    const state = parsePlanSearch(search);
    expect(state).toMatchObject({ revisionId: 'dd-ls-general-2045', compareWithId: 'dd-ls-general-current', compareMode: 'swipe', horizonYear: 2035, panel: 'impact' });
    expect(formatPlanSearch(state)).toBe(search);
  });

  it('writes side by side and the point asked about', () => {
    const state = { ...defaultPlanUrlState, revisionId: 'a', compareWithId: 'b', compareMode: 'side-by-side' as const, point: [106.7123456, 21.95] as [number, number], panel: 'here' as const };
    expect(formatPlanSearch(state)).toBe('?phuong-an=a&so-sanh=b&che-do=song-song&muc=tai-diem&diem=106.712346,21.950000');
    expect(parsePlanSearch(formatPlanSearch(state)).point).toEqual([106.712346, 21.95]);
  });

  it('keeps a day only when no revision is named', () => {
    expect(parsePlanSearch('?ngay=2030-12-31').asOf).toBe('2030-12-31');
    expect(parsePlanSearch('?ngay=2030-12-31&phuong-an=x').asOf).toBeUndefined();
    expect(formatPlanSearch({ ...defaultPlanUrlState, asOf: '2030-12-31' })).toBe('?ngay=2030-12-31');
  });

  it('ignores what it cannot use', () => {
    expect(parsePlanSearch('?phuong-an=../x&so-sanh=&che-do=flip&moc=20455&muc=x&diem=200,1&ngay=2030-02-30')).toEqual(defaultPlanUrlState);
    // A revision compared with itself is no comparison.
    expect(parsePlanSearch('?phuong-an=a&so-sanh=a').compareWithId).toBeUndefined();
  });

  it('asks the tiles for a revision, a day, or today', () => {
    expect(zoneTileQuery({ revisionId: 'dd-ls-general-2045', asOf: undefined })).toBe('revision=dd-ls-general-2045');
    expect(zoneTileQuery({ revisionId: undefined, asOf: '2026-01-01' })).toBe('datetime=2026-01-01');
    expect(zoneTileQuery({ revisionId: undefined, asOf: undefined })).toBe('');
  });

  it('reads the revision the server resolved from a tile URL', () => {
    expect(revisionOfTileUrl('http://h/tiles/planning-zones/{z}/{x}/{y}.mvt?revision=dd-ls-general-current&v=3')).toBe('dd-ls-general-current');
    expect(revisionOfTileUrl('http://h/tiles/communes/{z}/{x}/{y}.mvt?v=3')).toBeUndefined();
    expect(revisionOfTileUrl('http://h/tiles/communes/{z}/{x}/{y}.mvt')).toBeUndefined();
  });
});
