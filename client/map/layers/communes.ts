/** Communes and wards: faint fill and outline; the nine covering the zone (inZone) stand out. */
import type { ExpressionSpecification } from 'maplibre-gl';
import { layerBase, scaled, visibility, whenEmphasised, type LayerModule } from './layer-module.ts';

export const communesFillLayerId = 'communes-fill';
export const communesOutlineLayerId = 'communes-outline';

export const communeSymbols = {
  inZone: { fill: '#e9b44c', outline: '#9c6410' },
  other: { fill: '#ffffff', outline: '#8e8a80' },
} as const;

const inZone: ExpressionSpecification = ['==', ['get', 'inZone'], true];

/** The commune outlines' origin (shared/data/README.md); neutral wording, shown in both languages. */
export const communesAttribution = 'Ranh giới xã/communes: sapnhap.bando.com.vn via thanglequoc/vietnamese-provinces-database (MIT)';

export const communesLayer: LayerModule = {
  id: 'communes',
  attribution: communesAttribution,
  layerIds: [communesFillLayerId, communesOutlineLayerId],
  interactiveLayerIds: [communesFillLayerId],
  layers: (context) => [
    {
      band: 'areas',
      layer: {
        id: communesFillLayerId,
        type: 'fill',
        ...layerBase(context),
        layout: { visibility: visibility(context) },
        paint: {
          'fill-color': ['case', inZone, communeSymbols.inZone.fill, communeSymbols.other.fill],
          'fill-opacity': whenEmphasised(
            ['case', inZone, scaled(0.4, context.opacity), scaled(0.3, context.opacity)],
            ['case', inZone, scaled(0.22, context.opacity), scaled(0.06, context.opacity)],
          ),
        },
      },
    },
    {
      band: 'outlines',
      layer: {
        id: communesOutlineLayerId,
        type: 'line',
        ...layerBase(context),
        layout: { visibility: visibility(context), 'line-join': 'round' },
        paint: {
          'line-color': ['case', inZone, communeSymbols.inZone.outline, communeSymbols.other.outline],
          'line-width': whenEmphasised(['case', inZone, 3.2, 2], ['case', inZone, 1.8, 0.7]),
          'line-opacity': scaled(0.9, context.opacity),
        },
      },
    },
  ],
};
