/** Chainage lookups on road centrelines: public, read-only. */
import { router, publicProcedure } from '../../trpc/init.ts';
import { chainageOfPointInput, chainageSegmentInput, locateChainageInput } from '../../../shared/schemas/chainage.ts';
import { chainageAtPoint, chainageSegment, listRoads, locateChainage } from './chainage.service.ts';

export const chainageRouter = router({
  /** Roads chainage can be measured on, with their lengths. */
  roads: publicProcedure.query(({ ctx }) => listRoads(ctx.deps.features)),
  /** `Km1+106.19` (or metres) on a road → the WGS84 point there. */
  locate: publicProcedure.input(locateChainageInput).query(({ ctx, input }) => locateChainage(ctx.deps.features, input)),
  /** The stretch of a road between two chainages, as a GeoJSON LineString with its length in metres. */
  segment: publicProcedure.input(chainageSegmentInput).query(({ ctx, input }) => chainageSegment(ctx.deps.features, input)),
  /** A WGS84 point → the chainage of the nearest point of the road and the distance off it. */
  fromPoint: publicProcedure.input(chainageOfPointInput).query(({ ctx, input }) => chainageAtPoint(ctx.deps.features, input)),
});
