/** SQL of the trade figures. */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';

export interface TradeFigure {
  id: string;
  metric: string;
  periodFrom: string;
  periodTo: string;
  value: number;
  unit: string;
  qualifier: string;
  changePercent: number | null;
  printed: string;
  source: string;
}

const columns = ['id', 'metric', 'period_from', 'period_to', 'value', 'unit', 'qualifier', 'change_percent', 'printed', 'source'] as const;

type Row = { id: string; metric: string; period_from: string; period_to: string; value: number; unit: string; qualifier: string; change_percent: number | null; printed: string; source: string };

function toFigure(row: Row): TradeFigure {
  return {
    id: row.id,
    metric: row.metric,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    value: Number(row.value),
    unit: row.unit,
    qualifier: row.qualifier,
    changePercent: row.change_percent === null ? null : Number(row.change_percent),
    printed: row.printed,
    source: row.source,
  };
}

/** Every figure, by metric then period. */
export async function listTradeFigures(db: Kysely<DatabaseSchema>): Promise<TradeFigure[]> {
  const rows = await db.selectFrom('trade_figures').select([...columns]).orderBy('metric').orderBy('period_from').orderBy('period_to').execute();
  return rows.map(toFigure);
}

export async function findTradeFigure(db: Kysely<DatabaseSchema>, metric: string, periodFrom: string, periodTo: string): Promise<TradeFigure | undefined> {
  const row = await db
    .selectFrom('trade_figures')
    .select([...columns])
    .where('metric', '=', metric)
    .where('period_from', '=', periodFrom)
    .where('period_to', '=', periodTo)
    .executeTakeFirst();
  return row ? toFigure(row) : undefined;
}

export async function insertTradeFigure(db: Kysely<DatabaseSchema>, figure: TradeFigure, createdAt: string, createdBy: string | null): Promise<void> {
  await db
    .insertInto('trade_figures')
    .values({
      id: figure.id,
      metric: figure.metric,
      period_from: figure.periodFrom,
      period_to: figure.periodTo,
      value: figure.value,
      unit: figure.unit,
      qualifier: figure.qualifier,
      change_percent: figure.changePercent,
      printed: figure.printed,
      source: figure.source,
      created_at: createdAt,
      created_by_username: createdBy,
    })
    .execute();
}
