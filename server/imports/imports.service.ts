/** The imports service: preview, commit, discard and list of staged imports. */
import type { Context } from '../trpc/context.ts';
import type { SessionUser } from '../../shared/schemas/auth.ts';
import type { ImportCommitAnswer, ImportCommitInput, ImportPreview, ImportSummary } from '../../shared/schemas/imports.ts';
import { refuse } from '../trpc/errors.ts';

export type ImportsContext = Context & { user: SessionUser; communeCode: string | null; procedure?: string };

export async function previewImport(_ctx: ImportsContext, importId: string): Promise<ImportPreview> {
  throw refuse('NOT_FOUND', `Không có lượt nhập "${importId}" / No import "${importId}"`, 'importId');
}

export async function commitImport(_ctx: ImportsContext, input: ImportCommitInput): Promise<ImportCommitAnswer> {
  throw refuse('NOT_FOUND', `Không có lượt nhập "${input.importId}" / No import "${input.importId}"`, 'importId');
}

export async function discardImport(_ctx: ImportsContext, importId: string): Promise<{ importId: string; status: 'discarded' }> {
  throw refuse('NOT_FOUND', `Không có lượt nhập "${importId}" / No import "${importId}"`, 'importId');
}

export async function listImports(_ctx: ImportsContext): Promise<ImportSummary[]> {
  return [];
}
