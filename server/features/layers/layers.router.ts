import { router, publicProcedure } from '../../trpc/init.ts';
import { layerFeaturesInput } from '../../../shared/schemas/layers.ts';
import { findLayer } from '../../../shared/layers/registry.ts';
import { layerFeatures, listLayers } from './layers.service.ts';
import { audienceOf } from './redact.ts';
import { asOfDay } from '../projects/projects.service.ts';
import { resolveZoneRevision } from '../plans/zone-revision.ts';
import { zoneLayer } from '../plans/plans.service.ts';

export const layersRouter = router({
  /**
   * The layer catalogue: ids, titles, geometry type, delivery, fields, counts and extents. Plan
   * zones are counted in the revision in force today, as the map shows them (every revision's
   * zones share the layer).
   */
  list: publicProcedure.query(async ({ ctx }) => {
    const zoneRevisionId = await resolveZoneRevision(ctx.deps, {}, audienceOf(ctx.user));
    return listLayers(ctx.deps.features, { zoneRevisionId });
  }),

  /**
   * Features of one layer, optionally within a bbox, at most `limit` (the rest flagged `truncated`).
   * Non-public details (security and defence land) are redacted unless the caller is Board staff.
   * Projects carry `derivedStatus`, `overdue` and `statusAsOf` for `asOf` (today by default).
   */
  features: publicProcedure.input(layerFeaturesInput).query(async ({ ctx, input }) => {
    // The input enum guarantees the layer exists.
    const layer = findLayer(input.layerId)!;
    const audience = audienceOf(ctx.user);
    // Plan zones: those of the revision in force today (plans.* reads other revisions).
    const revisionId = layer.id === zoneLayer.id ? await resolveZoneRevision(ctx.deps, {}, audience) : null;
    const options = { bbox: input.bbox, limit: input.limit, asOf: asOfDay(ctx.deps, input.asOf), ...(revisionId ? { filters: { revisionId } } : {}) };
    return layerFeatures(ctx.deps.features, layer, options, audience);
  }),
});
