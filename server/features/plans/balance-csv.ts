/**
 * GET /api/plans/balance.csv?revision=<id> — one revision's land-use balance — or
 * ?from=<id>&to=<id> — before, after and change — as CSV for Excel (UTF-8 BOM, formula-injection
 * safe cells: server/http/csv.ts). Hectares on the VN-2000 TM-3 plane. The public may export
 * approved revisions only, like plans.balance and plans.compare.
 */
import type { RequestHandler } from 'express';
import { TRPCError } from '@trpc/server';
import type { AppDeps } from '../../app-deps.ts';
import { requestSession } from '../../auth/request-session.ts';
import { HttpError, badRequest } from '../../http/http-error.ts';
import { csvBom, csvRow } from '../../http/csv.ts';
import { singleParam } from '../../http/query-params.ts';
import { landUseClass } from '../../../shared/domain/land-use.ts';
import { revisionIdSchema } from '../../../shared/schemas/plans.ts';
import { FieldCause } from '../../trpc/errors.ts';
import { audienceOf } from '../layers/redact.ts';
import { balanceOfRevision, compareRevisions } from './plans.service.ts';

function revisionParam(query: Record<string, unknown>, name: string): string | undefined {
  const value = singleParam(query, name);
  if (value === undefined) return undefined;
  const parsed = revisionIdSchema.safeParse(value);
  if (!parsed.success) throw badRequest(name, parsed.error.issues[0]?.message ?? 'a revision id');
  return parsed.data;
}

/** The service speaks tRPC errors; this door answers the HTTP error shape. */
async function asHttp<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'NOT_FOUND') {
      const field = error.cause instanceof FieldCause ? error.cause.field : undefined;
      throw new HttpError(404, 'NOT_FOUND', error.message, field === 'fromRevisionId' ? 'from' : field === 'toRevisionId' ? 'to' : field === 'revisionId' ? 'revision' : field);
    }
    throw error;
  }
}

const label = (landUse: string) => [landUseClass(landUse)?.vi ?? landUse, landUseClass(landUse)?.en ?? landUse];

export function balanceCsvHandler(deps: AppDeps): RequestHandler {
  return async (req, res) => {
    const query = req.query as Record<string, unknown>;
    const revision = revisionParam(query, 'revision');
    const from = revisionParam(query, 'from');
    const to = revisionParam(query, 'to');
    if (revision !== undefined && (from !== undefined || to !== undefined)) throw badRequest('revision', 'give either revision, or from and to');
    if (revision === undefined && (from === undefined || to === undefined)) throw badRequest(from === undefined ? 'from' : 'to', 'give revision=<id>, or both from=<id> and to=<id>');
    const audience = audienceOf((await requestSession(deps, req, res)).user);
    res.vary('Cookie');

    let body: string;
    let filename: string;
    if (revision !== undefined) {
      const balance = await asHttp(balanceOfRevision(deps, revision, audience));
      body = csvRow(['land_use', 'land_use_vi', 'land_use_en', 'hectares', 'share_percent']);
      for (const row of balance.rows) body += csvRow([row.landUse, ...label(row.landUse), row.hectares, row.sharePercent]);
      body += csvRow(['total', 'Tổng', 'Total', balance.totalHectares, 100]);
      filename = `ezgis-can-bang-dat-${revision}.csv`;
    } else {
      const comparison = await asHttp(compareRevisions(deps, from as string, to as string, audience));
      body = csvRow(['land_use', 'land_use_vi', 'land_use_en', 'from_hectares', 'to_hectares', 'delta_hectares']);
      for (const row of comparison.balance) body += csvRow([row.landUse, ...label(row.landUse), row.fromHectares, row.toHectares, row.deltaHectares]);
      body += csvRow(['total', 'Tổng', 'Total', comparison.totals.fromHectares, comparison.totals.toHectares, comparison.totals.deltaHectares]);
      filename = `ezgis-can-bang-dat-${from as string}-${to as string}.csv`;
    }
    res.status(200);
    res.set({
      'Content-Type': 'text/csv; charset=utf-8',
      // Revision ids are kebab-case-ish ids, but the header must never break: keep safe characters only.
      'Content-Disposition': `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
      'Cache-Control': audience === 'staff' ? 'private, no-store' : 'no-cache',
    });
    res.end(`${csvBom}${body}`);
  };
}
