/**
 * One uploaded file → format, the reader's declared CRS and the pipeline's result: what the parse
 * worker runs (and what tests may call directly). Throws ImportRefused for a whole-file refusal.
 */
import type { ImportCrsCode, ImportFormat, ImportTarget } from '../../shared/schemas/imports.ts';
import { detectFormat, importReaders } from './readers/index.ts';
import type { DeclaredCrs, ImportLimits } from './readers/reader-types.ts';
import { ImportRefused } from './readers/reader-types.ts';
import { runImportPipeline, type PipelineResult } from './import-pipeline.ts';

export interface ParseJob {
  fileName: string;
  bytes: Uint8Array;
  target: ImportTarget;
  crs: ImportCrsCode | null;
  limits: ImportLimits;
}

export interface ParsedImport extends PipelineResult {
  format: ImportFormat;
  declaredCrs: DeclaredCrs | null;
}

export async function parseImport(job: ParseJob): Promise<ParsedImport> {
  if (job.bytes.byteLength === 0) throw new ImportRefused('empty-file', 'Tệp rỗng / The file is empty');
  const format = detectFormat({ name: job.fileName, bytes: job.bytes }, job.limits);
  const raw = await importReaders[format]({ name: job.fileName, bytes: job.bytes }, job.limits);
  const result = runImportPipeline(raw, { target: job.target, limits: job.limits, crs: job.crs });
  return { ...result, format, declaredCrs: raw.declaredCrs };
}
