/**
 * The map page in a real browser against the real server and the demo data: the map gets idle,
 * every data layer draws, a gate opens its popup, the language switches, a link reproduces a view.
 * Screenshots and page logs of failing tests go to e2e/artifacts/.
 */
import { beforeAll, beforeEach, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { layerModules } from '../client/map/layers/index.ts';
import { borderGatesCircleLayerId } from '../client/map/layers/border-gates.ts';
import { communesFillLayerId } from '../client/map/layers/communes.ts';
import { describeInBrowser, useBrowserSession } from './browser-session.ts';
import type { RunningServer } from './server.ts';
import { findLayer } from '../shared/layers/registry.ts';
import { geometryBBox } from '../shared/geo/bbox.ts';
import { trpcQuery } from './trpc-http.ts';

const viewport = { width: 1280, height: 800 };

interface CatalogueLayer {
  id: string;
  bbox: [number, number, number, number] | null;
  featureCount: number;
}


/** Waits until every data layer's source is on the map and everything in view has loaded. */
async function waitForMapIdle(page: Page, sourceIds: readonly string[]): Promise<void> {
  await page.waitForFunction(
    (ids) => {
      const map = window.__ezgisMap;
      return !!map && ids.every((id) => map.getSource(id) !== undefined) && map.loaded() && !map.isMoving();
    },
    sourceIds,
    { timeout: 60_000, polling: 200 },
  );
}

/** Moves the camera without animation and resolves once the map is idle again. */
async function fitAndSettle(page: Page, bbox: [number, number, number, number], maxZoom: number): Promise<void> {
  await page.evaluate(
    ({ box, zoom }) => new Promise<void>((resolve) => {
      const map = window.__ezgisMap!;
      map.once('idle', () => resolve());
      map.fitBounds([[box[0], box[1]], [box[2], box[3]]], { animate: false, padding: 60, maxZoom: zoom });
      map.triggerRepaint();
    }),
    { box: bbox, zoom: maxZoom },
  );
}

async function jumpAndSettle(page: Page, center: [number, number], zoom: number): Promise<void> {
  await page.evaluate(
    (camera) => new Promise<void>((resolve) => {
      const map = window.__ezgisMap!;
      map.once('idle', () => resolve());
      map.jumpTo(camera);
      map.triggerRepaint();
    }),
    { center, zoom },
  );
}

describeInBrowser('map (e2e)', () => {
  const session = useBrowserSession({ name: 'map', viewport });
  let server: RunningServer;
  let page: Page;
  let pageLog: string[] = [];
  let catalogue: CatalogueLayer[] = [];
  const dataSourceIds = layerModules.map((module) => module.id);

  beforeAll(async () => {
    server = session.server;
    catalogue = await trpcQuery<CatalogueLayer[]>(server, 'layers.list');
  });

  beforeEach(() => {
    page = session.page;
    pageLog = session.pageLog;
  });

  it('loads the map until it is idle, in Vietnamese, with no page errors', async () => {
    await page.goto(server.url);
    await waitForMapIdle(page, dataSourceIds);
    await expect.poll(() => page.locator('h1').textContent()).toContain('Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn');
    await expect.poll(() => page.locator('.layer-item').count()).toBe(catalogue.length);
    expect(pageLog.filter((line) => line.startsWith('[pageerror]'))).toEqual([]);
  });

  it('draws features of every data layer', async () => {
    // Every layer switched on, those hidden by default (road centrelines) included.
    await page.goto(`${server.url}/#layers=${dataSourceIds.join(',')}`);
    await waitForMapIdle(page, dataSourceIds);
    for (const module of layerModules) {
      const layer = catalogue.find((candidate) => candidate.id === module.id);
      expect(layer, `${module.id} is in the catalogue`).toBeDefined();
      expect(layer?.featureCount, `${module.id} has demo data`).toBeGreaterThan(0);
      expect(layer?.bbox, `${module.id} has an extent`).not.toBeNull();
      const minZoom = findLayer(module.id)?.tileMinZoom;
      if (minZoom === undefined) {
        await fitAndSettle(page, layer!.bbox!, 14);
      } else {
        // Drawn only from its first zoom (parcels): the whole extent is too far out; look at one feature.
        const sample = await trpcQuery<FeatureCollection>(server, 'layers.features', { layerId: module.id, limit: 1 });
        const [west, south, east, north] = geometryBBox(sample.features[0]!.geometry);
        await jumpAndSettle(page, [(west + east) / 2, (south + north) / 2], minZoom + 2);
      }
      const rendered = await page.evaluate(
        (ids) => window.__ezgisMap!.queryRenderedFeatures({ layers: ids }).length,
        [...module.layerIds],
      );
      expect(rendered, `${module.id} renders features`).toBeGreaterThan(0);
    }
  });

  it('opens the popup of Hữu Nghị gate on click and closes it with Escape', async () => {
    const gates = await trpcQuery<FeatureCollection>(server, 'layers.features', { layerId: 'border-gates', limit: 5000 });
    const huuNghi = gates.features.find(
      (feature): feature is Feature<Point> => feature.geometry.type === 'Point' && String(feature.properties?.['name']).includes('Hữu Nghị'),
    );
    expect(huuNghi, 'the demo data has the Hữu Nghị gate').toBeDefined();
    const [lon, lat] = huuNghi!.geometry.coordinates as [number, number];

    await page.goto(server.url);
    await waitForMapIdle(page, dataSourceIds);
    await jumpAndSettle(page, [lon, lat], 14);
    const point = await page.evaluate(
      ({ lngLat, layerId }) => {
        const map = window.__ezgisMap!;
        const projected = map.project(lngLat);
        const canvas = map.getCanvas().getBoundingClientRect();
        const hits = map.queryRenderedFeatures(projected, { layers: [layerId] }).length;
        return { x: canvas.left + projected.x, y: canvas.top + projected.y, hits };
      },
      { lngLat: [lon, lat] as [number, number], layerId: borderGatesCircleLayerId },
    );
    expect(point.hits, 'the gate circle is drawn under the click').toBeGreaterThan(0);

    await page.mouse.click(point.x, point.y);
    const popup = page.locator('.feature-popup');
    await popup.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await popup.locator('.feature-popup__title').textContent()).toContain('Hữu Nghị');
    expect(await popup.textContent()).toContain('Cửa khẩu quốc tế');
    expect(await popup.locator('.feature-popup__source').textContent()).toContain('Nguồn dữ liệu');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('sel=border-gates:');

    await page.keyboard.press('Escape');
    await popup.waitFor({ state: 'detached', timeout: 5_000 });
  });

  it('switches the interface from Vietnamese to English and remembers it', async () => {
    await page.goto(server.url);
    await waitForMapIdle(page, dataSourceIds);
    expect(await page.locator('.layers-panel__title').textContent()).toBe('Lớp dữ liệu');

    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('.layers-panel__title').textContent()).toBe('Layers');
    expect(await page.locator('h1').textContent()).toBe('Đồng Đăng – Lạng Sơn Border Economic Zone map');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.evaluate(() => window.location.hash)).toContain('lang=en');

    await page.goto(server.url);
    await expect.poll(() => page.locator('.layers-panel__title').textContent(), { timeout: 20_000 }).toBe('Layers');
  });

  it('reproduces the view and the visible layers from a link', async () => {
    await page.goto(`${server.url}/#map=13.00/21.97400/106.71080&layers=border-gates,border-line&lang=vi`);
    await page.waitForFunction(() => !!window.__ezgisMap?.getLayer('communes-fill'), undefined, { timeout: 60_000 });
    const view = await page.evaluate(() => {
      const map = window.__ezgisMap!;
      return { zoom: map.getZoom(), center: map.getCenter().toArray(), communes: map.getLayoutProperty('communes-fill', 'visibility') };
    });
    expect(view.zoom).toBeCloseTo(13, 5);
    expect(view.center[0]).toBeCloseTo(106.7108, 4);
    expect(view.center[1]).toBeCloseTo(21.974, 4);
    expect(view.communes).toBe('none');
    expect(await page.getByRole('checkbox', { name: /Xã, phường/ }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: /Cửa khẩu/ }).isChecked()).toBe(true);
  });

  it('hides a layer from its checkbox and mirrors that in the link', async () => {
    await page.goto(server.url);
    await waitForMapIdle(page, dataSourceIds);
    await page.getByRole('checkbox', { name: /Xã, phường/ }).uncheck();
    await expect.poll(() => page.evaluate((id) => window.__ezgisMap!.getLayoutProperty(id, 'visibility'), communesFillLayerId)).toBe('none');
    const hash = await page.evaluate(() => window.location.hash);
    expect(hash).toMatch(/layers=[^&]*border-gates/);
    expect(hash).not.toMatch(/layers=[^&]*communes/);
  });
});
