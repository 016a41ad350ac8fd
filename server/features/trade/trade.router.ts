/** Trade figures: anyone reads the series (with sources); officers and admins add a period's figures. */
import { router, publicProcedure, roleProcedure } from '../../trpc/init.ts';
import { addTradeFigureInput } from '../../../shared/schemas/trade.ts';
import { listTradeFigures } from './trade.repository.ts';
import { addTradeFigure } from './trade.service.ts';

export const tradeRouter = router({
  /** Every figure by metric and period, each with its unit, qualifier, text as printed and source. */
  list: publicProcedure.query(({ ctx }) => listTradeFigures(ctx.deps.database.db)),
  /** One figure for a period; CONFLICT if that metric already has one for the same period. */
  add: roleProcedure('officer', 'admin').input(addTradeFigureInput).mutation(({ ctx, input }) => addTradeFigure(ctx, input)),
});
