import { describe, expect, it } from 'vitest';
import { importPreviewBbox, importPreviewData, importPreviewLayerIds, importPreviewStyle } from './import-preview-style.ts';

const square = (west: number, south: number) => ({ type: 'Polygon' as const, coordinates: [[[west, south], [west + 0.01, south], [west + 0.01, south + 0.01], [west, south + 0.01], [west, south]]] });
const basemap = { kind: 'offline' as const, landUrl: 'http://x/land', provinceUrl: 'http://x/province' };

describe('import preview style', () => {
  it('carries only index and rejected to the map and skips features without geometry', () => {
    const data = importPreviewData([
      { geometry: square(106.7, 21.95), index: 0, rejected: false },
      { geometry: null, index: 1, rejected: true },
      { geometry: square(106.72, 21.96), index: 2, rejected: true },
    ]);
    expect(data.features.map((feature) => feature.properties)).toEqual([{ index: 0, rejected: false }, { index: 2, rejected: true }]);
  });

  it('hatches refused areas with a dashed red outline and highlights the picked feature', () => {
    const style = importPreviewStyle({ basemap, features: [], selectedIndex: 4 });
    const layer = (id: string) => style.layers.find((candidate) => candidate.id === id) as { paint?: Record<string, unknown>; filter?: unknown } | undefined;
    expect(layer(importPreviewLayerIds.rejectedFill)?.paint?.['fill-pattern']).toBe('ezgis-hatch-import-rejected');
    expect(layer(importPreviewLayerIds.rejectedLine)?.paint?.['line-dasharray']).toEqual([3, 2]);
    expect(layer(importPreviewLayerIds.selected)?.filter).toEqual(['==', ['get', 'index'], 4]);
  });

  it('fits all features', () => {
    expect(importPreviewBbox([square(106.7, 21.95), null, square(106.72, 21.96)])?.map((value) => Number(value.toFixed(6)))).toEqual([106.7, 21.95, 106.73, 21.97]);
    expect(importPreviewBbox([null])).toBeNull();
  });
});
