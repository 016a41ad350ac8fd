/** Monthly progress reports: officers (and admins) submit; Board staff read the summary (also as CSV: monthly-csv.ts). */
import { router, roleProcedure } from '../../trpc/init.ts';
import { monthlySummaryInput, submitReportInput } from '../../../shared/schemas/reports.ts';
import { monthlySummary, submitReport } from './reports.service.ts';

export const reportsRouter = router({
  /** One project's report for a month; replaces an earlier one of the same month (kept, soft-deleted). */
  submit: roleProcedure('officer', 'admin').input(submitReportInput).mutation(({ ctx, input }) => submitReport(ctx, input)),
  /** Every project with its report of the month or "missing", late flags and totals. */
  monthlySummary: roleProcedure('officer', 'planner', 'admin')
    .input(monthlySummaryInput)
    .query(({ ctx, input }) => monthlySummary(ctx.deps, ctx.deps.features, input.period)),
});
