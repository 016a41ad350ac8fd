/** SQL of the enquiries about lots. */
import type { Kysely } from 'kysely';
import type { DatabaseSchema, EnquiryTable } from '../../db/schema.ts';
import type { Enquiry } from '../../../shared/schemas/enquiries.ts';

function toEnquiry(row: EnquiryTable): Enquiry {
  return {
    id: row.id,
    lotId: row.lot_id,
    name: row.name,
    organisation: row.organisation,
    contact: row.contact,
    message: row.message,
    language: row.language,
    createdAt: row.created_at,
    handledAt: row.handled_at,
    handledBy: row.handled_by_username,
    handledNote: row.handled_note,
  };
}

export async function insertEnquiry(db: Kysely<DatabaseSchema>, row: EnquiryTable): Promise<Enquiry> {
  await db.insertInto('enquiries').values(row).execute();
  return toEnquiry(row);
}

/** Enquiries sent from one address since `since` (ISO time): the per-address limit. */
export async function enquiriesFromSince(db: Kysely<DatabaseSchema>, ipDigest: string, since: string): Promise<string[]> {
  const rows = await db.selectFrom('enquiries').select('created_at').where('ip_digest', '=', ipDigest).where('created_at', '>', since).orderBy('created_at').execute();
  return rows.map((r) => r.created_at);
}

export async function findEnquiry(db: Kysely<DatabaseSchema>, id: string): Promise<Enquiry | undefined> {
  const row = await db.selectFrom('enquiries').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toEnquiry(row) : undefined;
}

export async function listEnquiries(db: Kysely<DatabaseSchema>, filters: { handled?: boolean | undefined; lotId?: string | undefined; limit: number; offset: number }): Promise<{ items: Enquiry[]; total: number }> {
  let query = db.selectFrom('enquiries');
  if (filters.handled !== undefined) query = query.where('handled_at', filters.handled ? 'is not' : 'is', null);
  if (filters.lotId !== undefined) query = query.where('lot_id', '=', filters.lotId);
  const rows = await query.selectAll().orderBy('created_at', 'desc').orderBy('id').limit(filters.limit).offset(filters.offset).execute();
  const { n } = await query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return { items: rows.map(toEnquiry), total: Number(n) };
}

export async function setEnquiryHandled(db: Kysely<DatabaseSchema>, id: string, handled: { at: string; by: string; note: string | null } | null): Promise<void> {
  await db
    .updateTable('enquiries')
    .set({ handled_at: handled?.at ?? null, handled_by_username: handled?.by ?? null, handled_note: handled?.note ?? null })
    .where('id', '=', id)
    .execute();
}
