/**
 * Land lots offered to investors: filled by lease status with a darker outline of the same hue.
 * The hues (mint, amber, grey) are kept clear of the TT16 land-use palette, so a lot over a
 * planning zone still reads as a lot; the lot code shows in the tooltip and popup (no glyphs offline).
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { LotStatus } from '../../../shared/domain/land-lots.ts';
import { layerBase, matchProperty, scaled, visibility, whenEmphasised, type LayerModule } from './layer-module.ts';

export const landLotsFillLayerId = 'land-lots-fill';
export const landLotsOutlineLayerId = 'land-lots-outline';

/** Lot statuses in legend order, with their fill and outline colours. */
export const landLotStatusSymbols = [
  { code: 'available', fill: '#38d9a9', outline: '#087f5b' },
  { code: 'reserved', fill: '#ffd43b', outline: '#e67700' },
  { code: 'leased', fill: '#ced4da', outline: '#495057' },
] as const satisfies readonly { code: LotStatus; fill: string; outline: string }[];

const statusMatch = (pick: (symbol: (typeof landLotStatusSymbols)[number]) => string, fallback: string): ExpressionSpecification =>
  matchProperty('status', landLotStatusSymbols.map((symbol) => [symbol.code, pick(symbol)] as const), fallback);

export const landLotsLayer: LayerModule = {
  id: 'land-lots',
  layerIds: [landLotsFillLayerId, landLotsOutlineLayerId],
  interactiveLayerIds: [landLotsFillLayerId],
  layers: (context) => [
    {
      band: 'areas',
      layer: {
        id: landLotsFillLayerId,
        type: 'fill',
        ...layerBase(context),
        layout: { visibility: visibility(context) },
        paint: {
          'fill-color': statusMatch((symbol) => symbol.fill, '#dee2e6'),
          'fill-opacity': whenEmphasised(scaled(0.85, context.opacity), scaled(0.6, context.opacity)),
        },
      },
    },
    {
      band: 'outlines',
      layer: {
        id: landLotsOutlineLayerId,
        type: 'line',
        ...layerBase(context),
        layout: { visibility: visibility(context), 'line-join': 'round' },
        paint: {
          'line-color': whenEmphasised('#212529', statusMatch((symbol) => symbol.outline, '#495057')),
          // Thin when the whole zone is in view, so neighbouring lots stay apart.
          'line-width': ['interpolate', ['linear'], ['zoom'], 12, whenEmphasised(2.5, 0.8), 16, whenEmphasised(4, 2)],
          'line-opacity': scaled(1, context.opacity),
        },
      },
    },
  ],
};
