/**
 * Imports (issue #8): the staged imports made by POST /api/imports, previewed, committed into a
 * target (one transaction, audited) or discarded. Any signed-in account may call these; the
 * service decides per target (commune accounts: clearance boundaries of their own commune only;
 * plan revisions: planner/admin; lots, boundaries, projects: officer/admin) and per import (the
 * caller's own, Board staff see everyone's).
 */
import { router, communeScopedProcedure } from '../trpc/init.ts';
import { importCommitInput, importDiscardInput, importPreviewInput } from '../../shared/schemas/imports.ts';
import { commitImport, discardImport, listImports, previewImport } from './imports.service.ts';

export const importsRouter = router({
  /** One staged import: WGS84 features with their issues, the file's attribute names and a suggested mapping. */
  preview: communeScopedProcedure.input(importPreviewInput).query(({ ctx, input }) => previewImport(ctx, input.importId)),
  /** Writes the import's accepted features into its target in one audited transaction. */
  commit: communeScopedProcedure.input(importCommitInput).mutation(({ ctx, input }) => commitImport(ctx, input)),
  /** Drops a staged import (nothing was written to any layer). */
  discard: communeScopedProcedure.input(importDiscardInput).mutation(({ ctx, input }) => discardImport(ctx, input.importId)),
  /** The caller's recent imports (Board staff: everyone's), newest first. */
  list: communeScopedProcedure.query(({ ctx }) => listImports(ctx)),
});
