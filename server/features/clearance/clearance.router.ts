/**
 * Site clearance (GPMB): public boundaries and progress; commune-scoped parcels, households and
 * changes (a commune officer only inside their own commune). Access details: clearance-access.ts.
 */
import { router, publicProcedure, communeScopedProcedure } from '../../trpc/init.ts';
import {
  checkPlaceInput,
  clearanceBoundariesInput,
  clearanceDashboardInput,
  clearanceParcelsInput,
  landUseQuotasInput,
  resettlementInput,
  updateBoundaryGeometryInput,
  updateClearanceParcelInput,
} from '../../../shared/schemas/clearance.ts';
import {
  asOfDay,
  checkPlace,
  clearanceDashboard,
  landUseQuotas,
  listBoundaries,
  listBoundaryParcels,
  resettlementAreas,
  updateBoundaryGeometry,
  updateParcel,
} from './clearance.service.ts';

export const clearanceRouter = router({
  /** Boundaries with overall progress; a commune officer gets their commune's, others all. */
  boundaries: publicProcedure.input(clearanceBoundariesInput).query(({ ctx, input }) => listBoundaries(ctx.deps, ctx.user, asOfDay(ctx.deps, input?.asOf))),
  /** Parcels and hectares by stage, handed-over %, overdue steps, complaints: aggregates, public. */
  dashboard: publicProcedure.input(clearanceDashboardInput).query(({ ctx, input }) => clearanceDashboard(ctx.deps, input ?? {}, asOfDay(ctx.deps, input?.asOf))),
  /** A point, VN-2000 X/Y or a cadastral key → the parcel and the boundaries it lies in (detail per caller). */
  checkPlace: publicProcedure.input(checkPlaceInput).query(({ ctx, input }) => checkPlace(ctx.deps, ctx.user, input)),
  /** The parcels a boundary takes, with stages (and households for the commune): own commune only. */
  parcels: communeScopedProcedure.input(clearanceParcelsInput).query(({ ctx, input }) => listBoundaryParcels(ctx, input, asOfDay(ctx.deps, input.asOf))),
  /** Resettlement areas with capacity and allocated lots (who got them: the commune only). */
  resettlement: publicProcedure.input(resettlementInput).query(({ ctx, input }) => resettlementAreas(ctx.deps, ctx.user, input?.communeCode)),
  /** Land-use quotas per commune and land type against what the projects take; shortfalls flagged. */
  quotas: publicProcedure.input(landUseQuotasInput).query(({ ctx, input }) => landUseQuotas(ctx.deps, input?.communeCode)),
  /** Stage forward (one step, dated), complaint flag, households: audited, with history. */
  updateParcel: communeScopedProcedure.input(updateClearanceParcelInput).mutation(({ ctx, input }) => updateParcel(ctx, input)),
  /** New boundary geometry inside the commune (0.5 m tolerance); affected parcels recomputed; audited, with history. */
  updateBoundaryGeometry: communeScopedProcedure.input(updateBoundaryGeometryInput).mutation(({ ctx, input }) => updateBoundaryGeometry(ctx, input)),
});
