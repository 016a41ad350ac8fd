import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';

/**
 * Commune code → name, from the communes layer (65 rows; geometry is not read). Accounts bind to
 * these codes, e.g. "11.1806" Đồng Đăng.
 */
export async function communeNamesByCode(db: Kysely<DatabaseSchema>): Promise<Map<string, string>> {
  const rows = await db.selectFrom('communes').select(['name', 'properties']).where('deleted_at', 'is', null).execute();
  const names = new Map<string, string>();
  for (const row of rows) {
    const properties = (typeof row.properties === 'string' ? JSON.parse(row.properties) : row.properties) as { code?: unknown };
    if (typeof properties.code === 'string') names.set(properties.code, row.name);
  }
  return names;
}

export interface CommuneListItem {
  code: string;
  name: string;
  kind: 'commune' | 'ward';
  inZone: boolean;
}

/** Every commune without geometry, by name: for pickers and forms. */
export async function listCommunes(db: Kysely<DatabaseSchema>): Promise<CommuneListItem[]> {
  const rows = await db.selectFrom('communes').select(['name', 'properties']).where('deleted_at', 'is', null).execute();
  return rows
    .map((row) => {
      const properties = (typeof row.properties === 'string' ? JSON.parse(row.properties) : row.properties) as Record<string, unknown>;
      return {
        code: String(properties.code),
        name: row.name,
        kind: properties.kind === 'ward' ? ('ward' as const) : ('commune' as const),
        inZone: properties.inZone === true,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}
