import { describe, expect, it } from 'vitest';
import { layerDataUrl, parseLayerDataUrl, withPromotedIds } from './layer-data-url.ts';

describe('layer data URLs', () => {
  it('names the layer, its version and the fetch revision', () => {
    expect(layerDataUrl('border-gates', 3, 1700)).toBe('ezgis-layer://border-gates?v=3&r=1700');
    expect(parseLayerDataUrl('ezgis-layer://border-gates?v=3&r=1700')).toEqual({ layerId: 'border-gates' });
  });

  it('rejects other URLs', () => {
    expect(parseLayerDataUrl('https://example.org/border-gates')).toBeUndefined();
  });
});

describe('withPromotedIds', () => {
  it('copies the string feature id into the properties, leaving the input untouched', () => {
    const input = Object.freeze({
      type: 'FeatureCollection' as const,
      features: [{ type: 'Feature' as const, id: 'gate-huu-nghi', geometry: { type: 'Point' as const, coordinates: [106.7108, 21.974] }, properties: { name: 'Hữu Nghị' } }],
    });
    const output = withPromotedIds(input);
    expect(output.features[0]?.properties).toEqual({ name: 'Hữu Nghị', id: 'gate-huu-nghi' });
    expect(input.features[0]?.properties).toEqual({ name: 'Hữu Nghị' });
  });
});
