import { describe, expect, it } from 'vitest';
import { formatUrlHash, parseUrlHash } from './url-hash.ts';

describe('parseUrlHash', () => {
  it('reads view, layers, language and selection', () => {
    expect(parseUrlHash('#map=12.50/21.97400/106.71080&layers=communes,border-gates&lang=en&sel=border-gates:gate-huu-nghi')).toEqual({
      view: { center: [106.7108, 21.974], zoom: 12.5 },
      visibleLayers: ['communes', 'border-gates'],
      language: 'en',
      selected: { layerId: 'border-gates', featureId: 'gate-huu-nghi' },
    });
  });

  it('reads an empty layer list as "no layers"', () => {
    expect(parseUrlHash('#layers=')).toEqual({ visibleLayers: [] });
  });

  it('ignores malformed and out-of-range parts', () => {
    expect(parseUrlHash('#map=abc/1/2&lang=fr&sel=nocolon')).toEqual({});
    expect(parseUrlHash('#map=30/21/106')).toEqual({});
    expect(parseUrlHash('#map=10/95/106')).toEqual({});
  });

  it('reads an empty hash as nothing', () => {
    expect(parseUrlHash('')).toEqual({});
  });

  it('keeps colons inside a feature id', () => {
    expect(parseUrlHash('#sel=projects:p:1').selected).toEqual({ layerId: 'projects', featureId: 'p:1' });
  });
});

describe('formatUrlHash', () => {
  it('writes zoom/lat/lon rounded, sorted layers, language and selection', () => {
    expect(formatUrlHash({
      view: { center: [106.710812345, 21.97401234], zoom: 12.3456 },
      visibleLayers: ['projects', 'communes'],
      language: 'vi',
      selected: { layerId: 'border-gates', featureId: 'gate-huu-nghi', lngLat: [106.71, 21.97], properties: {} },
    })).toBe('#map=12.35/21.97401/106.71081&layers=communes,projects&lang=vi&sel=border-gates:gate-huu-nghi');
  });

  it('leaves out what is not decided yet', () => {
    expect(formatUrlHash({ view: null, visibleLayers: null, language: 'en', selected: null })).toBe('#lang=en');
  });

  it('carries Chinese as lang=zh both ways', () => {
    expect(formatUrlHash({ view: null, visibleLayers: null, language: 'zh', selected: null })).toBe('#lang=zh');
    expect(parseUrlHash('#lang=zh').language).toBe('zh');
  });

  it('ignores a language the app does not have', () => {
    expect(parseUrlHash('#lang=fr').language).toBeUndefined();
  });

  it('round-trips through parseUrlHash', () => {
    const hash = formatUrlHash({ view: { center: [106.75, 21.85], zoom: 10.5 }, visibleLayers: ['border-line'], language: 'en', selected: null });
    const parsed = parseUrlHash(hash);
    expect(formatUrlHash({ view: parsed.view ?? null, visibleLayers: parsed.visibleLayers ?? null, language: parsed.language ?? 'vi', selected: null })).toBe(hash);
  });
});

describe('the projects filter in the hash', () => {
  it('reads the overdue filter and the day, in the words of /du-an', () => {
    expect(parseUrlHash('#trang-thai=qua-han&ngay=2025-10-01')).toEqual({ projectFilter: 'overdue', asOf: '2025-10-01' });
    expect(parseUrlHash('#trang-thai=halted')).toEqual({ projectFilter: 'halted' });
  });

  it('ignores an unknown status, the English word and a day that is not a calendar day', () => {
    expect(parseUrlHash('#trang-thai=late&ngay=2025-02-30')).toEqual({});
    expect(parseUrlHash('#trang-thai=overdue')).toEqual({});
  });

  it('writes them only when set, and round-trips', () => {
    const base = { view: null, visibleLayers: null, language: 'vi' as const, selected: null };
    expect(formatUrlHash({ ...base, projectFilter: '', asOf: null })).toBe('#lang=vi');
    const hash = formatUrlHash({ ...base, projectFilter: 'overdue', asOf: '2025-10-01' });
    expect(hash).toBe('#lang=vi&trang-thai=qua-han&ngay=2025-10-01');
    expect(parseUrlHash(hash)).toEqual({ language: 'vi', projectFilter: 'overdue', asOf: '2025-10-01' });
  });
});
