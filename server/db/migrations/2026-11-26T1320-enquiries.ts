/**
 * enquiries: an investor's question about a lot (issue 5), read and marked handled by Board staff.
 * The sender's IP address is kept only as a SHA-256 digest (ip_digest), for the per-address limit.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('enquiries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('lot_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('organisation', 'text', (c) => c.notNull())
    .addColumn('contact', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('language', 'text')
    .addColumn('ip_digest', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('handled_at', 'text')
    .addColumn('handled_by_username', 'text')
    .addColumn('handled_note', 'text')
    .execute();
  await db.schema.createIndex('enquiries_ip_created_idx').on('enquiries').columns(['ip_digest', 'created_at']).execute();
  await db.schema.createIndex('enquiries_created_idx').on('enquiries').column('created_at').execute();
  await db.schema.createIndex('enquiries_lot_idx').on('enquiries').column('lot_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('enquiries').execute();
}
