import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { initialUiState, uiReducer } from '../../state/ui-state.ts';
import { panelItems, type PanelLayer } from './panel-items.ts';
import { legendEntries } from './legend-entries.ts';
import { landUseClasses } from '../../../shared/domain/land-use.ts';

const catalogue: PanelLayer[] = [
  { id: 'projects', title: { vi: 'Dự án đầu tư', en: 'Investment projects' }, description: { vi: 'Màu theo tình trạng', en: 'By status' }, delivery: 'geojson', featureCount: 3 },
  { id: 'planning-zones', title: { vi: 'Phân khu', en: 'Plan zones' }, description: { vi: 'Minh họa', en: 'Illustrative' }, delivery: 'tiles', featureCount: 40 },
];

function project(status: string, illustrative: boolean): Feature {
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [106.7, 21.9] }, properties: { status, illustrative } };
}

const state = uiReducer(initialUiState(), { type: 'catalogue-loaded', defaultVisibleLayers: ['projects', 'planning-zones'], layerIds: ['projects', 'planning-zones'] });

describe('panelItems', () => {
  it('is loading until the data arrives, then ready with the matched count', () => {
    expect(panelItems(catalogue, state, {}, 'vi')[0]).toMatchObject({ status: 'loading', featureCount: 3, provenance: 'unknown' });
    const ready = panelItems(catalogue, state, { projects: { status: 'success', features: [project('halted', false)], numberMatched: 1 } }, 'vi')[0];
    expect(ready).toMatchObject({ status: 'ready', featureCount: 1, provenance: 'none', title: 'Dự án đầu tư' });
  });

  it('carries a readable error', () => {
    const failed = panelItems(catalogue, state, { projects: { status: 'error', errorMessage: 'HTTP 500' } }, 'vi')[0];
    expect(failed).toMatchObject({ status: 'error', errorMessage: 'HTTP 500' });
  });

  it('flags illustrative data: all, some or none of the features', () => {
    const some = panelItems(catalogue, state, { projects: { status: 'success', features: [project('halted', true), project('completed', false)] } }, 'vi')[0];
    expect(some?.provenance).toBe('some');
    const all = panelItems(catalogue, state, { projects: { status: 'success', features: [project('halted', true)] } }, 'vi')[0];
    expect(all?.provenance).toBe('all');
  });

  it('lists only the project statuses present in the data', () => {
    const item = panelItems(catalogue, state, { projects: { status: 'success', features: [project('halted', false), project('completed', false)] } }, 'en')[0];
    expect(item?.legend.map((entry) => entry.label)).toEqual(['Halted', 'Completed']);
  });

  it('lists the statuses derived for the day, and the overdue mark when a project is overdue', () => {
    const overdue = { ...project('final-accounts-pending', false), properties: { ...project('final-accounts-pending', false).properties, derivedStatus: 'final-accounts-overdue', overdue: true } };
    const item = panelItems(catalogue, state, { projects: { status: 'success', features: [overdue, project('halted', false)] } }, 'en')[0];
    expect(item?.legend.map((entry) => entry.key)).toEqual(['halted', 'final-accounts-overdue', 'overdue']);
  });

  it('takes land-use classes and provenance of tiled layers from the tile summary', () => {
    const withTiles = uiReducer(state, { type: 'tiles-summarised', layerId: 'planning-zones', summary: { legendValues: ['DAT_HTXH_CayxanhCC', 'DAT_SX_Congnghiep'], illustrativeCount: 5, featureCount: 5 } });
    const item = panelItems(catalogue, withTiles, { 'planning-zones': { status: 'success' } }, 'vi')[1];
    expect(item?.legend.map((entry) => entry.key)).toEqual(['DAT_SX_Congnghiep', 'DAT_HTXH_CayxanhCC']);
    expect(item?.provenance).toBe('all');
  });

  it('reports opacity as a percentage and flags truncated data', () => {
    const faded = uiReducer(state, { type: 'layer-opacity-set', layerId: 'projects', opacity: 0.35 });
    const item = panelItems(catalogue, faded, { projects: { status: 'success', features: [project('halted', false)], numberMatched: 7000, truncated: true } }, 'vi')[0];
    expect(item?.opacityPercent).toBe(35);
    expect(item?.truncated).toEqual({ returned: 1, matched: 7000 });
  });
});

describe('legendEntries', () => {
  it('lists every gate kind and the not-agreed area when the data is not known', () => {
    expect(legendEntries('border-gates', 'vi').map((entry) => entry.label)).toEqual([
      'Cửa khẩu quốc tế', 'Cửa khẩu chính', 'Cửa khẩu phụ', 'Lối thông quan', 'Khu vực dự kiến, chưa thống nhất vị trí',
    ]);
  });

  it('uses the land-use colours of the planning legend', () => {
    const entry = legendEntries('planning-zones', 'vi', new Set(['DAT_SX_Congnghiep']))[0];
    expect(entry).toMatchObject({ label: 'Đất sản xuất công nghiệp, kho bãi', swatch: { kind: 'fill', fill: '#6600CC' } });
  });

  it('keys land lots by status, in colours apart from every land-use colour', () => {
    expect(legendEntries('land-lots', 'vi').map((entry) => entry.label)).toEqual(['Còn trống', 'Đang giữ chỗ', 'Đã cho thuê']);
    expect(legendEntries('land-lots', 'en', new Set(['reserved'])).map((entry) => entry.label)).toEqual(['Reserved']);
    const landUseColours = new Set(landUseClasses.map((landUse) => landUse.colour.toLowerCase()));
    for (const entry of legendEntries('land-lots', 'vi')) {
      expect(entry.swatch.kind === 'fill' && landUseColours.has(entry.swatch.fill.toLowerCase())).toBe(false);
    }
  });

  it('has nothing for a layer it does not know', () => {
    expect(legendEntries('parcels', 'vi')).toEqual([]);
  });
});
