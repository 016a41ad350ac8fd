/**
 * Which revision's zones a door of the planning-zones collection serves (/ogc items, /tiles,
 * layers.features): `revision=<id>`, `datetime=<instant>` (the revision in force that day), or by
 * default the revision in force today. The public may ask only for approved revisions.
 * Answers null only when no plan register is loaded (a database seeded with zones alone): then
 * every zone is served, as before plans existed.
 */
import type { AppDeps } from '../../app-deps.ts';
import { HttpError, badRequest, notFound } from '../../http/http-error.ts';
import type { Audience } from '../layers/redact.ts';
import { findRevision, listPlanRows } from './plans.repository.ts';
import { revisionInForceOn, revisionVisibleTo, todayInVietnam, ZONED_PLAN_ID } from './plans.service.ts';

/** An instant per RFC 3339 (a date, or a date-time whose date part is taken). */
const instantPattern = /^(\d{4}-\d{2}-\d{2})(T[0-9:.]+(Z|[+-][0-9:]+)?)?$/;

export interface ZoneRevisionRequest {
  revision?: string | undefined;
  datetime?: string | undefined;
}

export async function resolveZoneRevision(deps: Pick<AppDeps, 'database' | 'clock'>, request: ZoneRevisionRequest, audience: Audience): Promise<string | null> {
  const db = deps.database.db;
  if (request.revision !== undefined && request.datetime !== undefined) throw badRequest('datetime', 'give either revision or datetime, not both');
  if (request.revision !== undefined) {
    const revision = await findRevision(db, request.revision);
    if (!revision || !revisionVisibleTo(revision, audience)) {
      throw new HttpError(404, 'NOT_FOUND', `revision: không có phương án quy hoạch "${request.revision}" đã phê duyệt / no approved plan revision "${request.revision}"`, 'revision');
    }
    return revision.id;
  }
  let day = todayInVietnam(deps);
  if (request.datetime !== undefined) {
    const match = instantPattern.exec(request.datetime);
    if (!match?.[1]) throw badRequest('datetime', 'planning-zones answers for one instant (YYYY-MM-DD or an RFC 3339 date-time), not an interval');
    day = match[1];
  }
  if (!(await listPlanRows(db)).some((plan) => plan.id === ZONED_PLAN_ID)) return null;
  const inForce = await revisionInForceOn(db, ZONED_PLAN_ID, day);
  if (!inForce) throw notFound(`Không có phương án quy hoạch nào có hiệu lực ngày ${day} / no plan revision in force on ${day}`);
  return inForce.id;
}
