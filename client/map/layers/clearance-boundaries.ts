/** Site-clearance boundaries: orange diagonal hatch inside a solid orange outline. */
import { hatchImageId, hatchPatterns } from '../hatch-pattern.ts';
import { layerBase, scaled, visibility, whenEmphasised, type LayerModule } from './layer-module.ts';

export const clearanceBoundariesFillLayerId = 'clearance-boundaries-fill';
export const clearanceBoundariesOutlineLayerId = 'clearance-boundaries-outline';

export const clearanceSymbol = { colour: hatchPatterns.clearance, hatch: hatchImageId('clearance') } as const;

export const clearanceBoundariesLayer: LayerModule = {
  id: 'clearance-boundaries',
  layerIds: [clearanceBoundariesFillLayerId, clearanceBoundariesOutlineLayerId],
  interactiveLayerIds: [clearanceBoundariesFillLayerId],
  layers: (context) => [
    {
      band: 'areas',
      layer: {
        id: clearanceBoundariesFillLayerId,
        type: 'fill',
        ...layerBase(context),
        layout: { visibility: visibility(context) },
        paint: {
          'fill-pattern': clearanceSymbol.hatch,
          'fill-opacity': whenEmphasised(scaled(1, context.opacity), scaled(0.7, context.opacity)),
        },
      },
    },
    {
      band: 'outlines',
      layer: {
        id: clearanceBoundariesOutlineLayerId,
        type: 'line',
        ...layerBase(context),
        layout: { visibility: visibility(context), 'line-join': 'round' },
        paint: {
          'line-color': clearanceSymbol.colour,
          'line-width': whenEmphasised(4, 2.2),
          'line-opacity': scaled(1, context.opacity),
        },
      },
    },
  ],
};
