/** Resettlement areas: a green outline over a faint green tint. */
import { layerBase, scaled, visibility, whenEmphasised, type LayerModule } from './layer-module.ts';

export const resettlementAreasFillLayerId = 'resettlement-areas-fill';
export const resettlementAreasOutlineLayerId = 'resettlement-areas-outline';

export const resettlementSymbol = { colour: '#2b8a3e' } as const;

export const resettlementAreasLayer: LayerModule = {
  id: 'resettlement-areas',
  layerIds: [resettlementAreasFillLayerId, resettlementAreasOutlineLayerId],
  interactiveLayerIds: [resettlementAreasFillLayerId],
  layers: (context) => [
    {
      band: 'areas',
      layer: {
        id: resettlementAreasFillLayerId,
        type: 'fill',
        ...layerBase(context),
        layout: { visibility: visibility(context) },
        paint: {
          'fill-color': resettlementSymbol.colour,
          'fill-opacity': whenEmphasised(scaled(0.35, context.opacity), scaled(0.14, context.opacity)),
        },
      },
    },
    {
      band: 'outlines',
      layer: {
        id: resettlementAreasOutlineLayerId,
        type: 'line',
        ...layerBase(context),
        layout: { visibility: visibility(context), 'line-join': 'round' },
        paint: {
          'line-color': resettlementSymbol.colour,
          'line-width': whenEmphasised(4, 2.5),
          'line-opacity': scaled(1, context.opacity),
        },
      },
    },
  ],
};
