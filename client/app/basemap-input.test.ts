import { describe, expect, it } from 'vitest';
import { absoluteUrl, basemapInput } from './basemap-input.ts';

const origin = 'http://localhost:5173';

describe('basemapInput', () => {
  it('is the offline basemap from our own server by default and while the config loads', () => {
    expect(basemapInput(origin, undefined, undefined)).toEqual({
      kind: 'offline',
      landUrl: 'http://localhost:5173/api/basemap/vietnam-land.geojson',
      provinceUrl: 'http://localhost:5173/api/basemap/langson-province.geojson',
    });
  });

  it('passes an online raster basemap on, keeping the offline land as its fallback', () => {
    expect(basemapInput(origin, { kind: 'raster', tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'], attribution: '© OpenStreetMap contributors' }, undefined)).toMatchObject({
      kind: 'raster',
      tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
      landUrl: 'http://localhost:5173/api/basemap/vietnam-land.geojson',
    });
  });

  it('stays offline when an online style is configured but did not load', () => {
    expect(basemapInput(origin, { kind: 'style', url: 'https://example.org/style.json' }, undefined).kind).toBe('offline');
  });
});

describe('absoluteUrl', () => {
  it('resolves server paths and keeps tile template braces', () => {
    expect(absoluteUrl('/tiles/planning-zones/{z}/{x}/{y}.mvt?v=3', origin)).toBe('http://localhost:5173/tiles/planning-zones/{z}/{x}/{y}.mvt?v=3');
    expect(absoluteUrl('http://other:3000/tiles/a/{z}/{x}/{y}.mvt', origin)).toBe('http://other:3000/tiles/a/{z}/{x}/{y}.mvt');
  });
});
