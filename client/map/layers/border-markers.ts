/** Border markers: small white dots with a purple ring (positions approximate). */
import { layerBase, scaled, visibility, whenEmphasised, type LayerModule } from './layer-module.ts';

export const borderMarkersCircleLayerId = 'border-markers-circle';

export const borderMarkerSymbol = { fill: '#ffffff', stroke: '#8e1f6e' } as const;

export const borderMarkersLayer: LayerModule = {
  id: 'border-markers',
  layerIds: [borderMarkersCircleLayerId],
  interactiveLayerIds: [borderMarkersCircleLayerId],
  layers: (context) => [
    {
      band: 'points',
      layer: {
        id: borderMarkersCircleLayerId,
        type: 'circle',
        ...layerBase(context),
        layout: { visibility: visibility(context) },
        paint: {
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, whenEmphasised(5, 2.5), 15, whenEmphasised(8, 5)],
          'circle-color': borderMarkerSymbol.fill,
          'circle-opacity': scaled(1, context.opacity),
          'circle-stroke-color': borderMarkerSymbol.stroke,
          'circle-stroke-width': 1.5,
          'circle-stroke-opacity': scaled(1, context.opacity),
        },
      },
    },
  ],
};
