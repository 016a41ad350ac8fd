import { router, publicProcedure } from '../../trpc/init.ts';
import { listCommunes } from './communes.repository.ts';

export const communesRouter = router({
  /** The 65 communes and wards (code, name, kind, in the zone), without geometry. Public data. */
  list: publicProcedure.query(({ ctx }) => listCommunes(ctx.deps.database.db)),
});
