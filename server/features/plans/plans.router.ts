/**
 * Plans and revisions (issue 4): the register, balances, comparisons, what applies at a point and
 * the impact of an adjustment (anonymous callers: approved revisions only, restricted land without
 * detail); the review workflow and comments for Board staff.
 */
import { router, publicProcedure, roleProcedure } from '../../trpc/init.ts';
import {
  addCommentInput,
  advanceStageInput,
  compareRevisionsInput,
  listCommentsInput,
  listPlansInput,
  replyCommentInput,
  resolveCommentInput,
  revisionBalanceInput,
  revisionImpactInput,
  whatAppliesInput,
} from '../../../shared/schemas/plans.ts';
import { audienceOf } from '../layers/redact.ts';
import { balanceOfRevision, compareRevisions, listPlans } from './plans.service.ts';
import { revisionImpact, whatApplies } from './plan-impact.service.ts';
import { addComment, advanceStage, listCommentThreads, replyToComment, resolveComment, stageHistory } from './plan-review.service.ts';

/** Comments are review notes of the Board: planners and officers write them, staff read them. */
const commentsRouter = router({
  list: roleProcedure('planner', 'officer', 'admin')
    .input(listCommentsInput)
    .query(({ ctx, input }) => listCommentThreads(ctx.deps, input.revisionId, input.includeResolved ?? true)),
  add: roleProcedure('planner', 'officer').input(addCommentInput).mutation(({ ctx, input }) => addComment(ctx, input)),
  reply: roleProcedure('planner', 'officer').input(replyCommentInput).mutation(({ ctx, input }) => replyToComment(ctx, input.commentId, input.text)),
  resolve: roleProcedure('planner', 'officer').input(resolveCommentInput).mutation(({ ctx, input }) => resolveComment(ctx, input.commentId, input.resolved)),
});

export const plansRouter = router({
  /** Every plan with its revisions (the public: approved, in force or superseded, only). */
  list: publicProcedure.input(listPlansInput).query(({ ctx, input }) => listPlans(ctx.deps, audienceOf(ctx.user), input?.planId)),
  /** The land-use balance of one revision: hectares per class on the VN-2000 TM-3 plane. */
  balance: publicProcedure.input(revisionBalanceInput).query(({ ctx, input }) => balanceOfRevision(ctx.deps, input.revisionId, audienceOf(ctx.user))),
  /** Balance before / after / change and the changed zones (with geometry) between two revisions. */
  compare: publicProcedure
    .input(compareRevisionsInput)
    .query(({ ctx, input }) => compareRevisions(ctx.deps, input.fromRevisionId, input.toRevisionId, audienceOf(ctx.user))),
  /** The zone, plan and revision at a point (the revision in force today by default) and what else lies there. */
  whatApplies: publicProcedure.input(whatAppliesInput).query(({ ctx, input }) => whatApplies(ctx.deps, input, audienceOf(ctx.user))),
  /** A revision against its parent: features inside changed zones and the conflicts. */
  impact: publicProcedure.input(revisionImpactInput).query(({ ctx, input }) => revisionImpact(ctx.deps, input.revisionId, audienceOf(ctx.user))),
  /** A revision's stage steps, oldest first (actors shown to Board staff only). */
  history: publicProcedure.input(revisionImpactInput).query(({ ctx, input }) => stageHistory(ctx.deps.database.db, input.revisionId, audienceOf(ctx.user))),
  /** Planners move a revision one stage on; approval needs the decision; audited. */
  advanceStage: roleProcedure('planner', 'admin').input(advanceStageInput).mutation(({ ctx, input }) => advanceStage(ctx, input)),
  comments: commentsRouter,
});
