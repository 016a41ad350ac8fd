/**
 * Enquiries about lots: anyone may send one (validated by shared/schemas/enquiries.ts, spam refused
 * there), at most RATE_LIMIT_ENQUIRIES_PER_HOUR per IP address — counted in the database so every
 * process shares the count, like login throttling. Board staff read them and mark them handled.
 * The audit log records that an enquiry was sent or handled, never the sender's personal data:
 * the log is append-only and could not forget it.
 */
import { createHash, randomUUID } from 'node:crypto';
import { findLayer } from '../../../shared/layers/registry.ts';
import type { Enquiry, MarkEnquiryHandledInput, SubmitEnquiryInput } from '../../../shared/schemas/enquiries.ts';
import { now, type AppDeps } from '../../app-deps.ts';
import { withAudit, type AuditContext } from '../../audit/with-audit.ts';
import { refuse, RetryAfterCause } from '../../trpc/errors.ts';
import { TRPCError } from '@trpc/server';
import { enquiriesFromSince, findEnquiry, insertEnquiry, setEnquiryHandled } from './enquiries.repository.ts';

const WINDOW_MS = 3_600_000;

type EnquiryContext = AuditContext & { deps: Pick<AppDeps, 'database' | 'clock' | 'env' | 'features'>; client: { ip: string } };

export function ipDigest(ip: string): string {
  return createHash('sha256').update(`ezgis-enquiry:${ip}`).digest('hex');
}

export async function submitEnquiry(ctx: EnquiryContext, input: SubmitEnquiryInput): Promise<{ id: string; createdAt: string }> {
  const lots = findLayer('land-lots');
  if (!lots || !(await ctx.deps.features.get(lots, input.lotId))) throw refuse('NOT_FOUND', `Không có lô đất "${input.lotId}" / No lot "${input.lotId}"`, 'lotId');
  const at = now(ctx.deps);
  const digest = ipDigest(ctx.client.ip);
  const limit = ctx.deps.env.RATE_LIMIT_ENQUIRIES_PER_HOUR;
  return withAudit(ctx, { entityType: 'enquiry' }, async (trx) => {
    const recent = await enquiriesFromSince(trx, digest, new Date(at.getTime() - WINDOW_MS).toISOString());
    if (recent.length >= limit) {
      const releasing = recent[recent.length - limit] as string;
      const seconds = Math.max(1, Math.ceil((Date.parse(releasing) + WINDOW_MS - at.getTime()) / 1000));
      throw new TRPCError({
        code: 'TOO_MANY_REQUESTS',
        message: `Đã gửi quá nhiều yêu cầu, thử lại sau ${Math.ceil(seconds / 60)} phút / Too many enquiries, try again in ${Math.ceil(seconds / 60)} min`,
        cause: new RetryAfterCause(seconds),
      });
    }
    const enquiry = await insertEnquiry(trx, {
      id: `enquiry-${randomUUID()}`,
      lot_id: input.lotId,
      name: input.name,
      organisation: input.organisation,
      contact: input.contact,
      message: input.message,
      language: input.language ?? null,
      ip_digest: digest,
      created_at: at.toISOString(),
      handled_at: null,
      handled_by_username: null,
      handled_note: null,
    });
    return { before: null, after: { id: enquiry.id, lotId: enquiry.lotId }, entityId: enquiry.id, result: { id: enquiry.id, createdAt: enquiry.createdAt } };
  });
}

export async function markEnquiryHandled(ctx: EnquiryContext, input: MarkEnquiryHandledInput): Promise<Enquiry> {
  return withAudit(ctx, { entityType: 'enquiry', entityId: input.id }, async (trx) => {
    const before = await findEnquiry(trx, input.id);
    if (!before) throw refuse('NOT_FOUND', `Không có yêu cầu "${input.id}" / No enquiry "${input.id}"`, 'id');
    await setEnquiryHandled(trx, input.id, input.handled ? { at: now(ctx.deps).toISOString(), by: ctx.user?.username ?? 'unknown', note: input.note ?? null } : null);
    const after = (await findEnquiry(trx, input.id)) as Enquiry;
    const state = (e: Enquiry) => ({ handledAt: e.handledAt, handledBy: e.handledBy, handledNote: e.handledNote });
    return { before: state(before), after: state(after), result: after };
  });
}
