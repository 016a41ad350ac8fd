/** Investment projects: public lists and dashboard; officers (and admins) record progress. */
import { router, publicProcedure, roleProcedure } from '../../trpc/init.ts';
import { getProjectInput, listProjectsInput, projectsDashboardInput, updateProjectInput } from '../../../shared/schemas/projects.ts';
import { audienceOf } from '../layers/redact.ts';
import { asOfDay, getProject, listProjects, projectsDashboard, updateProject } from './projects.service.ts';

export const projectsRouter = router({
  /** Every project with status and overdue derived for `asOf` (today in Vietnam by default), filtered. */
  list: publicProcedure.input(listProjectsInput).query(({ ctx, input }) => listProjects(ctx.deps.features, asOfDay(ctx.deps, input?.asOf), input ?? {})),
  /** One project with its geometry; Board staff also get the history of its updates. */
  get: publicProcedure
    .input(getProjectInput)
    .query(({ ctx, input }) => getProject(ctx.deps, input.id, asOfDay(ctx.deps, input.asOf), audienceOf(ctx.user))),
  /** Counts by status and kind, capital by status (sourced capital only), the overdue list. */
  dashboard: publicProcedure.input(projectsDashboardInput).query(({ ctx, input }) => projectsDashboard(ctx.deps.features, asOfDay(ctx.deps, input?.asOf))),
  /** Officers record status, progress and milestones; audited, with history. */
  update: roleProcedure('officer', 'admin').input(updateProjectInput).mutation(({ ctx, input }) => updateProject(ctx, input)),
});
