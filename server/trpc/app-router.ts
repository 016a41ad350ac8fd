/** The app router: one sub-router per feature. The client imports only `type AppRouter`. */
import { router } from './init.ts';
import { layersRouter } from '../features/layers/layers.router.ts';
import { configRouter } from '../features/config/config.router.ts';
import { authRouter } from '../features/auth/auth.router.ts';
import { usersRouter } from '../features/users/users.router.ts';
import { auditRouter } from '../features/audit/audit.router.ts';
import { communesRouter } from '../features/communes/communes.router.ts';
import { chainageRouter } from '../features/chainage/chainage.router.ts';
import { projectsRouter } from '../features/projects/projects.router.ts';
import { reportsRouter } from '../features/reports/reports.router.ts';
import { tradeRouter } from '../features/trade/trade.router.ts';
import { plansRouter } from '../features/plans/plans.router.ts';
import { clearanceRouter } from '../features/clearance/clearance.router.ts';
import { searchRouter } from '../features/search/search.router.ts';
import { lotsRouter } from '../features/lots/lots.router.ts';
import { enquiriesRouter } from '../features/enquiries/enquiries.router.ts';
import { importsRouter } from '../imports/imports.router.ts';

export const appRouter = router({
  layers: layersRouter,
  config: configRouter,
  auth: authRouter,
  users: usersRouter,
  audit: auditRouter,
  communes: communesRouter,
  chainage: chainageRouter,
  projects: projectsRouter,
  reports: reportsRouter,
  trade: tradeRouter,
  plans: plansRouter,
  clearance: clearanceRouter,
  search: searchRouter,
  lots: lotsRouter,
  enquiries: enquiriesRouter,
  imports: importsRouter,
});

export type AppRouter = typeof appRouter;
