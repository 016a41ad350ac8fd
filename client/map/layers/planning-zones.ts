/**
 * General-plan zones (vector tiles): fill coloured by land-use class per the TT 16/2025 legend
 * (shared/domain/land-use.ts), thin outline that thickens on hover.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { landUseClasses } from '../../../shared/domain/land-use.ts';
import { layerBase, matchProperty, scaled, visibility, whenEmphasised, type LayerModule } from './layer-module.ts';

export const planningZonesFillLayerId = 'planning-zones-fill';
export const planningZonesOutlineLayerId = 'planning-zones-outline';

/** Colour of a zone whose class is not in the legend: visible, but obviously not a class colour. */
export const unknownLandUseColour = '#ff00aa';

export const landUseColour: ExpressionSpecification = matchProperty(
  'landUse',
  landUseClasses.map((landUse) => [landUse.code, landUse.colour] as const),
  unknownLandUseColour,
);

export const planningZonesLayer: LayerModule = {
  id: 'planning-zones',
  layerIds: [planningZonesFillLayerId, planningZonesOutlineLayerId],
  interactiveLayerIds: [planningZonesFillLayerId],
  legendProperty: 'landUse',
  layers: (context) => [
    {
      band: 'areas',
      layer: {
        id: planningZonesFillLayerId,
        type: 'fill',
        ...layerBase(context),
        layout: { visibility: visibility(context) },
        paint: {
          'fill-color': landUseColour,
          'fill-opacity': whenEmphasised(scaled(0.85, context.opacity), scaled(0.62, context.opacity)),
        },
      },
    },
    {
      band: 'outlines',
      layer: {
        id: planningZonesOutlineLayerId,
        type: 'line',
        ...layerBase(context),
        layout: { visibility: visibility(context), 'line-join': 'round' },
        paint: {
          'line-color': whenEmphasised('#212529', '#ffffff'),
          'line-width': whenEmphasised(2.5, 0.8),
          'line-opacity': scaled(0.9, context.opacity),
        },
      },
    },
  ],
};
