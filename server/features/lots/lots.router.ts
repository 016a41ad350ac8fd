/** The investor portal's lots: public reads (DESIGN §6: land lots are public). Enquiries are in features/enquiries. */
import { router, publicProcedure } from '../../trpc/init.ts';
import { compareLotsInput, getLotInput, listLotsInput } from '../../../shared/schemas/lots.ts';
import { audienceOf } from '../layers/redact.ts';
import { compareLots, getLot, listLots, lotFacets } from './lots.service.ts';

export const lotsRouter = router({
  /** Lots matching the filters with their server-computed distances and clearance, sorted and paged. */
  list: publicProcedure.input(listLotsInput).query(({ ctx, input }) => listLots(ctx.deps.features, input, audienceOf(ctx.user))),
  /** One lot's full sheet: distances to every gate and cargo lane and to Lạng Sơn city, its park, its project. */
  get: publicProcedure.input(getLotInput).query(({ ctx, input }) => getLot(ctx.deps.features, input.id, audienceOf(ctx.user))),
  /** Two or three lots' sheets side by side, in the order asked. */
  compare: publicProcedure.input(compareLotsInput).query(({ ctx, input }) => compareLots(ctx.deps.features, input.ids, audienceOf(ctx.user))),
  /** Facets for the filters: the parks with lot counts by status, the land uses present, the area range. */
  parks: publicProcedure.query(({ ctx }) => lotFacets(ctx.deps.features, audienceOf(ctx.user))),
});
