/** Road centrelines that chainage is measured along: a thin dark-grey line, dashed where illustrative. */
import type { FilterSpecification, LineLayerSpecification } from 'maplibre-gl';
import { layerBase, scaled, visibility, whenEmphasised, type LayerContext, type LayerModule } from './layer-module.ts';

export const roadCentrelinesLayerId = 'road-centrelines-line';
export const roadCentrelinesIllustrativeLayerId = 'road-centrelines-illustrative';

export const roadCentrelineSymbol = { colour: '#343a40', dash: [4, 2] } as const;

const isIllustrative: FilterSpecification = ['==', ['get', 'illustrative'], true];
const isSurveyed: FilterSpecification = ['!=', ['get', 'illustrative'], true];

function line(context: LayerContext, id: string, filter: FilterSpecification, dashed: boolean): LineLayerSpecification {
  return {
    id,
    type: 'line',
    ...layerBase(context),
    filter,
    layout: { visibility: visibility(context), 'line-join': 'round' },
    paint: {
      'line-color': roadCentrelineSymbol.colour,
      'line-width': ['interpolate', ['linear'], ['zoom'], 11, whenEmphasised(3, 1.5), 16, whenEmphasised(4.5, 2.5)],
      ...(dashed ? { 'line-dasharray': [...roadCentrelineSymbol.dash] } : {}),
      'line-opacity': scaled(0.9, context.opacity),
    },
  };
}

export const roadCentrelinesLayer: LayerModule = {
  id: 'road-centrelines',
  layerIds: [roadCentrelinesLayerId, roadCentrelinesIllustrativeLayerId],
  interactiveLayerIds: [roadCentrelinesLayerId, roadCentrelinesIllustrativeLayerId],
  layers: (context) => [
    { band: 'lines', layer: line(context, roadCentrelinesLayerId, isSurveyed, false) },
    { band: 'lines', layer: line(context, roadCentrelinesIllustrativeLayerId, isIllustrative, true) },
  ],
};
