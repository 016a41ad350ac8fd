import { describe, expect, it } from 'vitest';
import { parseRoute, lotComparePath, lotPath } from '../../app/routes.ts';
import {
  activeFilterCount, defaultPortalState, exportSearch, formatPortalSearch, listInputOf, parsePortalSearch, toggleCompared, withoutFilters, type PortalState,
} from './portal-url-state.ts';

const journey: PortalState = {
  ...defaultPortalState,
  landUse: ['DAT_SX_Congnghiep'],
  areaHaMin: 2,
  status: ['available'],
  maxDistanceKm: 10,
  distanceTo: 'gate',
  sort: 'distance-gate',
  selected: 'lot-hp-cn-01',
  compare: ['lot-hp-cn-01', 'lot-hn-kb-01'],
};

describe('portal URL state', () => {
  it('writes nothing for the defaults', () => {
    expect(formatPortalSearch(defaultPortalState)).toBe('');
    expect(parsePortalSearch('')).toEqual(defaultPortalState);
  });

  it('reads back every filter, the selection and the comparison picks it wrote', () => {
    const search = formatPortalSearch(journey);
    expect(search).toBe('?sd=DAT_SX_Congnghiep&dt-tu=2&tt=available&kc=10&xep=distance-gate&lo=lot-hp-cn-01&ss=lot-hp-cn-01,lot-hn-kb-01');
    expect(parsePortalSearch(search)).toEqual(journey);
  });

  it('round-trips lists, a range, the cargo-lane target and readiness', () => {
    const state: PortalState = { ...defaultPortalState, landUse: ['DAT_Dichvu', 'DAT_SX_Congnghiep'], areaHaMin: 0.5, areaHaMax: 3.25, park: ['kcn-hong-phong', 'logistics-huu-nghi'], readiness: ['power', 'water'], maxDistanceKm: 2.5, distanceTo: 'cargo-lane' };
    expect(parsePortalSearch(formatPortalSearch(state))).toEqual(state);
  });

  it('drops unknown codes, bad numbers and bad ids instead of guessing', () => {
    const state = parsePortalSearch('?sd=DAT_SX_Congnghiep,NOPE&tt=sold&kc=-3&dt-tu=abc&xep=price&den=moon&lo=../x&ss=a,a,B!,c,d,e');
    expect(state.landUse).toEqual(['DAT_SX_Congnghiep']);
    expect(state.status).toEqual([]);
    expect(state.maxDistanceKm).toBeUndefined();
    expect(state.areaHaMin).toBeUndefined();
    expect(state.sort).toBe('code');
    expect(state.distanceTo).toBe('gate');
    expect(state.selected).toBeUndefined();
    expect(state.compare).toEqual(['a', 'c', 'd']);
  });

  it('accepts a decimal comma and swaps a reversed area range', () => {
    const state = parsePortalSearch('?dt-tu=5&dt-den=2,5');
    expect(state.areaHaMin).toBe(2.5);
    expect(state.areaHaMax).toBe(5);
  });

  it('gives lots.list the same filters', () => {
    expect(listInputOf(journey)).toEqual({
      landUse: ['DAT_SX_Congnghiep'], status: ['available'], areaHa: { min: 2 }, maxDistanceKm: 10, distanceTo: 'gate', sort: 'distance-gate', limit: 200, offset: 0,
    });
    expect(listInputOf(defaultPortalState)).toEqual({ distanceTo: 'gate', sort: 'code', limit: 200, offset: 0 });
  });

  it('gives the CSV and GeoJSON exports the same filters as query parameters', () => {
    expect(exportSearch(journey)).toBe('?landUse=DAT_SX_Congnghiep&status=available&areaHaMin=2&maxDistanceKm=10&distanceTo=gate&sort=distance-gate');
    expect(exportSearch(defaultPortalState)).toBe('');
  });

  it('counts the active filters and clears them keeping sort, selection and picks', () => {
    expect(activeFilterCount(journey)).toBe(4);
    const cleared = withoutFilters(journey);
    expect(activeFilterCount(cleared)).toBe(0);
    expect(cleared.sort).toBe('distance-gate');
    expect(cleared.compare).toEqual(journey.compare);
  });
});

describe('comparison picks', () => {
  it('adds and removes a lot', () => {
    expect(toggleCompared([], 'a')).toEqual({ ids: ['a'], refused: false });
    expect(toggleCompared(['a', 'b'], 'a')).toEqual({ ids: ['b'], refused: false });
  });

  it('refuses a fourth lot and keeps the three picked', () => {
    expect(toggleCompared(['a', 'b', 'c'], 'd')).toEqual({ ids: ['a', 'b', 'c'], refused: true });
    expect(toggleCompared(['a', 'b', 'c'], 'b')).toEqual({ ids: ['a', 'c'], refused: false });
  });
});

describe('portal routes', () => {
  it('parses the portal, a lot sheet and the compare view', () => {
    expect(parseRoute('/dat-dau-tu', '?sd=DAT_Dichvu')).toEqual({ name: 'portal' });
    expect(parseRoute(lotPath('lot-hp-cn-01'), '')).toEqual({ name: 'lot', id: 'lot-hp-cn-01' });
    expect(parseRoute('/dat-dau-tu/so-sanh', '?lo=a,b,a')).toEqual({ name: 'lot-compare', ids: ['a', 'b'] });
    expect(lotComparePath(['a', 'b'])).toBe('/dat-dau-tu/so-sanh?lo=a,b');
  });
});
