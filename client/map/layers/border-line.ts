/** The Vietnam–China border: a bold dashed purple line over a pale casing. */
import { layerBase, scaled, visibility, whenEmphasised, type LayerModule } from './layer-module.ts';

export const borderLineCasingLayerId = 'border-line-casing';
export const borderLineLayerId = 'border-line';

export const borderLineSymbol = { colour: '#8e1f6e', casing: '#fdf3fa', dash: [3, 1.6] } as const;

export const borderLineLayer: LayerModule = {
  id: 'border-line',
  attribution: '© OpenStreetMap contributors',
  layerIds: [borderLineCasingLayerId, borderLineLayerId],
  interactiveLayerIds: [borderLineLayerId],
  layers: (context) => [
    {
      band: 'lines',
      layer: {
        id: borderLineCasingLayerId,
        type: 'line',
        ...layerBase(context),
        layout: { visibility: visibility(context), 'line-join': 'round', 'line-cap': 'round' },
        paint: {
          'line-color': borderLineSymbol.casing,
          'line-width': ['interpolate', ['linear'], ['zoom'], 8, 5, 14, 9],
          'line-opacity': scaled(0.85, context.opacity),
        },
      },
    },
    {
      band: 'lines',
      layer: {
        id: borderLineLayerId,
        type: 'line',
        ...layerBase(context),
        layout: { visibility: visibility(context), 'line-join': 'round' },
        paint: {
          'line-color': borderLineSymbol.colour,
          'line-width': ['interpolate', ['linear'], ['zoom'], 8, whenEmphasised(4, 2.6), 14, whenEmphasised(6.5, 4.5)],
          'line-dasharray': [...borderLineSymbol.dash],
          'line-opacity': scaled(1, context.opacity),
        },
      },
    },
  ],
};
