import { router, roleProcedure } from '../../trpc/init.ts';
import { auditListInput } from '../../../shared/schemas/audit.ts';
import { auditFacets, listAuditEntries } from './audit.repository.ts';

/** The audit trail, for admins. The same filters export as CSV at GET /api/audit.csv. */
export const auditRouter = router({
  /** Entries newest first, with the total matching the filters. */
  list: roleProcedure('admin')
    .input(auditListInput)
    .query(({ ctx, input }) => {
      const { limit, offset, ...filter } = input;
      return listAuditEntries(ctx.deps.database.db, filter, { limit, offset });
    }),

  /** Actors, procedures and entity types that occur in the log (choices for the view's filters). */
  facets: roleProcedure('admin').query(({ ctx }) => auditFacets(ctx.deps.database.db)),
});
