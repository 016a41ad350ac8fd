/**
 * Cadastral parcels (vector tiles from z14): fill by land type in the land-law status-map colours
 * (shared/domain/cadastral-land-types.ts), thin brown outline as on cadastral maps.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { cadastralLandTypes } from '../../../shared/domain/cadastral-land-types.ts';
import { layerBase, matchProperty, scaled, visibility, whenEmphasised, type LayerModule } from './layer-module.ts';

export const parcelsFillLayerId = 'parcels-fill';
export const parcelsOutlineLayerId = 'parcels-outline';

/** The server sends no parcel tiles further out than this (the layer's tileMinZoom). */
const PARCELS_MIN_ZOOM = 14;

const landTypeColour: ExpressionSpecification = matchProperty(
  'landType',
  cadastralLandTypes.map((type) => [type.code, type.colour] as const),
  '#dddddd',
);

export const parcelsLayer: LayerModule = {
  id: 'parcels',
  layerIds: [parcelsFillLayerId, parcelsOutlineLayerId],
  interactiveLayerIds: [parcelsFillLayerId],
  layers: (context) => [
    {
      band: 'areas',
      layer: {
        id: parcelsFillLayerId,
        type: 'fill',
        ...layerBase(context),
        minzoom: PARCELS_MIN_ZOOM,
        layout: { visibility: visibility(context) },
        paint: {
          'fill-color': landTypeColour,
          'fill-opacity': whenEmphasised(scaled(0.8, context.opacity), scaled(0.45, context.opacity)),
        },
      },
    },
    {
      band: 'outlines',
      layer: {
        id: parcelsOutlineLayerId,
        type: 'line',
        ...layerBase(context),
        minzoom: PARCELS_MIN_ZOOM,
        layout: { visibility: visibility(context) },
        paint: {
          'line-color': whenEmphasised('#212529', '#8d5a2b'),
          'line-width': whenEmphasised(2, 0.5),
          'line-opacity': scaled(0.9, context.opacity),
        },
      },
    },
  ],
};
