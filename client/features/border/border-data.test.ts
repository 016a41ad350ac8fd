import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { belongsToGate, compareMarkerNumbers, isLocationUncertain, lanesOfGate, markerRange, sortGates, sortMarkers, type GateFeature, type LaneFeature, type MarkerFeature } from './border-data.ts';

/** The demo dataset the app seeds (geodata/), so the view is tested on the real gates and lanes. */
function load<T>(name: string): T[] {
  return (JSON.parse(readFileSync(new URL(`../../../geodata/${name}.geojson`, import.meta.url), 'utf8')) as FeatureCollection).features as T[];
}
const gates = load<GateFeature>('border-gates');
const markers = load<MarkerFeature>('border-markers');
const lanes = load<LaneFeature>('cargo-lanes');
const gate = (id: string) => gates.find((candidate) => candidate.id === id)!;

describe('marker order', () => {
  it('puts 1088/2 after 1088 and before 1089, numerically', () => {
    expect(['1116', '1088/2', '1089', '1088', '999'].sort(compareMarkerNumbers)).toEqual(['999', '1088', '1088/2', '1089', '1116']);
  });

  it('sorts the demo markers both ways', () => {
    const up = sortMarkers(markers, 'ascending').map((marker) => marker.properties.number);
    expect(up[0]).toBe('1088/2');
    expect(up.at(-1)).toBe('1120');
    expect(sortMarkers(markers, 'descending').map((marker) => marker.properties.number)).toEqual([...up].reverse());
  });
});

describe('lanes of a gate', () => {
  it('gives Tân Thanh its clearance path 1090–1091 and its cargo road 1088/2–1089', () => {
    const tanThanh = gate('gate-tan-thanh');
    expect(lanesOfGate(tanThanh, lanes, 'clearance-path').map((lane) => markerRange(lane.properties))).toEqual(['1090–1091']);
    expect(lanesOfGate(tanThanh, lanes, 'cargo-road').map((lane) => markerRange(lane.properties))).toEqual(['1088/2–1089']);
  });

  it('gives Hữu Nghị the pilot cargo road 1119–1120 and no clearance path of Tân Thanh', () => {
    const huuNghi = gate('gate-huu-nghi');
    expect(lanesOfGate(huuNghi, lanes, 'clearance-path')).toEqual([]);
    expect(lanesOfGate(huuNghi, lanes, 'cargo-road').map((lane) => lane.id)).toEqual(['cargo-lane-1119-1120']);
  });

  it('never matches an empty gate name', () => {
    expect(belongsToGate({ name: 'Cửa khẩu Chi Ma' }, ' ')).toBe(false);
  });
});

describe('gates', () => {
  it('marks only Co Sa – Nà Ủ as of uncertain location, and it is an area', () => {
    const uncertain = gates.filter((candidate) => isLocationUncertain(candidate.properties));
    expect(uncertain.map((candidate) => candidate.id)).toEqual(['gate-co-sa-na-u']);
    expect(uncertain[0]?.geometry.type).toBe('Polygon');
  });

  it('lists the international gate first and crossings last', () => {
    const kinds = sortGates(gates).map((candidate) => candidate.properties.kind);
    expect(kinds[0]).toBe('international');
    expect(kinds.at(-1)).toBe('crossing');
    expect(kinds.indexOf('crossing')).toBeGreaterThan(kinds.lastIndexOf('main'));
  });
});
