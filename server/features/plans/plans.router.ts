/** Plans and revisions (issue 4): the register, balances and comparisons; anonymous callers see approved revisions only. */
import { router, publicProcedure } from '../../trpc/init.ts';
import { compareRevisionsInput, listPlansInput, revisionBalanceInput } from '../../../shared/schemas/plans.ts';
import { audienceOf } from '../layers/redact.ts';
import { balanceOfRevision, compareRevisions, listPlans } from './plans.service.ts';

export const plansRouter = router({
  /** Every plan with its revisions (the public: approved, in force or superseded, only). */
  list: publicProcedure.input(listPlansInput).query(({ ctx, input }) => listPlans(ctx.deps, audienceOf(ctx.user), input?.planId)),
  /** The land-use balance of one revision: hectares per class on the VN-2000 TM-3 plane. */
  balance: publicProcedure.input(revisionBalanceInput).query(({ ctx, input }) => balanceOfRevision(ctx.deps, input.revisionId, audienceOf(ctx.user))),
  /** Balance before / after / change and the changed zones (with geometry) between two revisions. */
  compare: publicProcedure
    .input(compareRevisionsInput)
    .query(({ ctx, input }) => compareRevisions(ctx.deps, input.fromRevisionId, input.toRevisionId, audienceOf(ctx.user))),
});
