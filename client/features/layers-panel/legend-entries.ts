/**
 * What each layer's legend lists, built from the same symbol tables the map layers use, so the
 * legend cannot drift from the map. Pure: `present` narrows a class list to what the data holds.
 */
import { landUseClasses } from '../../../shared/domain/land-use.ts';
import { projectStatuses } from '../../../shared/domain/project-status.ts';
import type { Language } from '../../i18n/languages.ts';
import { vi, type Messages } from '../../i18n/vi.ts';
import { en } from '../../i18n/en.ts';
import { zh } from '../../i18n/zh.ts';
import type { Swatch } from '../../ui/legend-swatch.tsx';
import { communeSymbols } from '../../map/layers/communes.ts';
import { borderLineSymbol } from '../../map/layers/border-line.ts';
import { borderGateKinds, notAgreedGateSymbol } from '../../map/layers/border-gates.ts';
import { borderMarkerSymbol } from '../../map/layers/border-markers.ts';
import { cargoLaneKinds } from '../../map/layers/cargo-lanes.ts';
import { roadCentrelineSymbol } from '../../map/layers/road-centrelines.ts';
import { overdueSymbol } from '../../map/layers/projects.ts';
import { clearanceSymbol } from '../../map/layers/clearance-boundaries.ts';
import { resettlementSymbol } from '../../map/layers/resettlement-areas.ts';
import { landLotStatusSymbols } from '../../map/layers/land-lots.ts';
import { lotStatuses } from '../../../shared/domain/land-lots.ts';
import { hatchPatterns } from '../../map/hatch-pattern.ts';
import { basemapColours } from '../../map/basemap.ts';

const messages: Record<Language, Messages> = { vi, en, zh };

export interface LegendEntry {
  /** Stable key for React lists. */
  key: string;
  label: string;
  swatch: Swatch;
}

/** Keeps the entries whose code the data holds; all of them when the data is not known yet. */
function narrow<T extends { code: string }>(entries: readonly T[], present: ReadonlySet<string> | undefined): readonly T[] {
  if (!present) return entries;
  return entries.filter((entry) => present.has(entry.code));
}

/** The property whose values decide a layer's legend classes, if any. */
export const legendPropertyOf: Readonly<Record<string, string>> = {
  'planning-zones': 'landUse',
  // Derived for the day the map looks at (the server adds it); see map/layers/projects.ts.
  projects: 'derivedStatus',
  'border-gates': 'kind',
  'cargo-lanes': 'kind',
  'land-lots': 'status',
};

export function legendEntries(layerId: string, language: Language, present?: ReadonlySet<string>): LegendEntry[] {
  const text = messages[language];
  switch (layerId) {
    case 'communes':
      return [
        { key: 'in-zone', label: text.legend.communeInZone, swatch: { kind: 'fill', fill: communeSymbols.inZone.fill, fillOpacity: 0.45, stroke: communeSymbols.inZone.outline, strokeWidth: 2 } },
        { key: 'other', label: text.legend.communeOther, swatch: { kind: 'fill', fill: communeSymbols.other.fill, fillOpacity: 0.3, stroke: communeSymbols.other.outline } },
      ];
    case 'border-line':
      return [{ key: 'border', label: text.legend.borderLine, swatch: { kind: 'line', colour: borderLineSymbol.colour, width: 3, dashed: true, casing: borderLineSymbol.casing } }];
    case 'border-gates': {
      const entries = narrow(borderGateKinds, present).map((kind): LegendEntry => ({
        key: kind.code,
        label: text.enums.gateKind[kind.code],
        swatch: { kind: 'circle', fill: kind.colour, stroke: '#ffffff', radius: kind.radius - 1 },
      }));
      // present holds 'not-agreed' when a gate's location is not agreed (see panel-items.ts).
      if (!present || present.has('not-agreed')) {
        entries.push({
          key: 'not-agreed',
          label: text.legend.gateArea,
          swatch: { kind: 'fill', fill: 'none', stroke: notAgreedGateSymbol.colour, strokeWidth: 1.5, dashed: true, hatch: hatchPatterns['not-agreed'] },
        });
      }
      return entries;
    }
    case 'road-centrelines':
      return [{ key: 'centreline', label: text.legend.roadCentreline, swatch: { kind: 'line', colour: roadCentrelineSymbol.colour, width: 2, dashed: true } }];
    case 'border-markers':
      return [{ key: 'marker', label: text.legend.marker, swatch: { kind: 'circle', fill: borderMarkerSymbol.fill, stroke: borderMarkerSymbol.stroke, radius: 4 } }];
    case 'cargo-lanes':
      return [
        ...narrow(cargoLaneKinds, present).map((kind): LegendEntry => ({
          key: kind.code,
          label: text.enums.cargoLaneKind[kind.code],
          swatch: { kind: 'line', colour: kind.colour, width: 3, halo: { colour: kind.colour, width: 9, opacity: 0.3 } },
        })),
        { key: 'width', label: text.legend.laneWidth, swatch: { kind: 'line', colour: '#868e96', width: 5, halo: { colour: '#868e96', width: 11, opacity: 0.3 } } },
      ];
    case 'planning-zones': {
      const classes = narrow(landUseClasses, present);
      return classes.map((landUse): LegendEntry => ({
        key: landUse.code,
        label: landUse[language],
        swatch: { kind: 'fill', fill: landUse.colour, fillOpacity: 0.7, stroke: '#ffffff' },
      }));
    }
    case 'projects': {
      const entries = narrow(projectStatuses, present).map((status): LegendEntry => ({
        key: status.code,
        label: status[language],
        swatch: { kind: 'fill', fill: status.colour, fillOpacity: 0.35, stroke: status.colour, strokeWidth: 2 },
      }));
      // present holds 'overdue' when some project is overdue (see panel-items.ts).
      if (!present || present.has('overdue')) {
        entries.push({ key: 'overdue', label: text.mapFilter.overdueLegend, swatch: { kind: 'fill', fill: 'none', stroke: overdueSymbol.colour, strokeWidth: 2, dashed: true } });
      }
      return entries;
    }
    case 'clearance-boundaries':
      return [{ key: 'clearance', label: text.legend.clearance, swatch: { kind: 'fill', fill: 'none', stroke: clearanceSymbol.colour, strokeWidth: 2, hatch: clearanceSymbol.colour } }];
    case 'resettlement-areas':
      return [{ key: 'resettlement', label: text.legend.resettlement, swatch: { kind: 'fill', fill: resettlementSymbol.colour, fillOpacity: 0.15, stroke: resettlementSymbol.colour, strokeWidth: 2 } }];
    case 'land-lots':
      return narrow(landLotStatusSymbols, present).map((symbol): LegendEntry => ({
        key: symbol.code,
        label: lotStatuses.find((status) => status.code === symbol.code)?.[language] ?? symbol.code,
        swatch: { kind: 'fill', fill: symbol.fill, fillOpacity: 0.6, stroke: symbol.outline, strokeWidth: 1.5 },
      }));
    default:
      return [];
  }
}

/** The basemap's own key: the two sides of the border and the province outline. */
export function basemapLegendEntries(language: Language): LegendEntry[] {
  const text = messages[language].legend;
  return [
    { key: 'vietnam', label: text.vietnam, swatch: { kind: 'fill', fill: basemapColours.vietnam, stroke: '#c9c5ba' } },
    { key: 'china', label: text.china, swatch: { kind: 'fill', fill: basemapColours.china, stroke: '#b5b6b1' } },
    { key: 'province', label: text.province, swatch: { kind: 'line', colour: basemapColours.province, width: 2 } },
  ];
}
