/**
 * The border operations view, shaped from the border-gates, border-markers and cargo-lanes layers
 * as stored (geodata/): markers ordered by number (1088/2 after 1088, before 1089), each gate with
 * the clearance paths and cargo roads that name it, and whether a gate's place is uncertain. Pure.
 */
import type { Feature, Geometry } from 'geojson';
import type { BorderGateProperties, BorderMarkerProperties, CargoLaneProperties } from '../../../shared/schemas/layer-properties.ts';

export type GateFeature = Feature<Geometry, BorderGateProperties> & { id: string };
export type MarkerFeature = Feature<Geometry, BorderMarkerProperties> & { id: string };
export type LaneFeature = Feature<Geometry, CargoLaneProperties> & { id: string };

export type SortDirection = 'ascending' | 'descending';

/** "1088/2" → [1088, 2]; "1116" → [1116, 0]. */
export function markerNumberKey(number: string): [number, number] {
  const [main, sub] = number.split('/');
  return [Number(main), sub === undefined ? 0 : Number(sub)];
}

export function compareMarkerNumbers(a: string, b: string): number {
  const [aMain, aSub] = markerNumberKey(a);
  const [bMain, bSub] = markerNumberKey(b);
  return aMain - bMain || aSub - bSub;
}

export function sortMarkers<T extends { properties: { number: string } }>(markers: readonly T[], direction: SortDirection): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...markers].sort((a, b) => sign * compareMarkerNumbers(a.properties.number, b.properties.number));
}

/**
 * Lanes and markers name their gate briefly ("Tân Thanh"); the gate's own name is longer
 * ("Cửa khẩu Tân Thanh (lối thông quan Tân Thanh – Pò Chài)"). A lane belongs to the gate whose
 * name contains the lane's gate name.
 */
export function belongsToGate(gate: Pick<BorderGateProperties, 'name'>, shortGateName: string): boolean {
  return shortGateName.trim() !== '' && gate.name.includes(shortGateName.trim());
}

export function lanesOfGate<T extends LaneFeature>(gate: GateFeature, lanes: readonly T[], kind: CargoLaneProperties['kind']): T[] {
  return lanes.filter((lane) => lane.properties.kind === kind && belongsToGate(gate.properties, lane.properties.gate));
}

/** A gate whose position must not be drawn or read as a confident point. */
export function isLocationUncertain(gate: Pick<BorderGateProperties, 'locationStatus'>): boolean {
  return gate.locationStatus === 'not-agreed';
}

const kindOrder: Readonly<Record<BorderGateProperties['kind'], number>> = { international: 0, main: 1, secondary: 2, crossing: 3 };

/** International gate first, then main, secondary and crossings; by name within a kind. */
export function sortGates<T extends GateFeature>(gates: readonly T[]): T[] {
  return [...gates].sort((a, b) => kindOrder[a.properties.kind] - kindOrder[b.properties.kind] || a.properties.name.localeCompare(b.properties.name, 'vi'));
}

/** "1119–1120": a lane's marker range as the notices write it. */
export function markerRange(lane: Pick<CargoLaneProperties, 'fromMarker' | 'toMarker'>): string {
  return `${lane.fromMarker}–${lane.toMarker}`;
}
