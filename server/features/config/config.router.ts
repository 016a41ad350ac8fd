import { router, publicProcedure } from '../../trpc/init.ts';
import type { Env } from '../../env.ts';

export type BasemapConfig =
  | { kind: 'offline' }
  | { kind: 'raster'; tiles: string[]; attribution: string }
  | { kind: 'style'; url: string };

/** The online basemap is opt-in (BASEMAP_URL); the default is drawn from our own layers. */
export function basemapConfig(env: Env): BasemapConfig {
  const url = env.BASEMAP_URL;
  if (!url) return { kind: 'offline' };
  if (url.includes('{z}')) {
    return { kind: 'raster', tiles: [url], attribution: env.BASEMAP_ATTRIBUTION ?? '© OpenStreetMap contributors' };
  }
  return { kind: 'style', url };
}

export const configRouter = router({
  /** What the client needs to start: basemap choice and app version. */
  client: publicProcedure.query(({ ctx }) => ({
    basemap: basemapConfig(ctx.deps.env),
    version: ctx.deps.version,
  })),
});
