/**
 * trade_figures: import–export and fee figures per period, each with its source, loaded with the
 * figures the provincial notices print (BRIEF.md "Figures"; originals in ../shared/domain/seeds).
 * Values are in the metric's unit (million USD or billion VND); `printed` keeps the text as printed.
 */
import type { Kysely } from 'kysely';

const may2024 = 'Thông báo kết luận của Phó Chủ tịch UBND tỉnh Lạng Sơn tại buổi làm việc với Ban Quản lý Khu KTCK ngày 04/5/2024 (số liệu 4 tháng đầu năm 2024)';
const sep2025 = 'Thông báo kết luận của Phó Chủ tịch UBND tỉnh Lạng Sơn tại buổi làm việc với Ban Quản lý Khu KTCK ngày 08/9/2025 (số liệu 8 tháng đầu năm 2025)';

const figures = [
  { id: 'trade-2024-01-04-import-export-turnover', metric: 'import-export-turnover', from: '2024-01', to: '2024-04', value: 18377.9, unit: 'million-usd', qualifier: 'exact', change: null, printed: '18.377,9 triệu USD', source: may2024 },
  { id: 'trade-2024-01-04-customs-turnover', metric: 'customs-turnover', from: '2024-01', to: '2024-04', value: 1455.2, unit: 'million-usd', qualifier: 'exact', change: 36.33, printed: '1.455,2 triệu USD, tăng 36,33%', source: may2024 },
  { id: 'trade-2024-01-04-budget-revenue', metric: 'import-export-budget-revenue', from: '2024-01', to: '2024-04', value: 2110.744, unit: 'billion-vnd', qualifier: 'exact', change: 41.2, printed: '2.110,744 tỷ đồng, tăng 41,2%', source: may2024 },
  { id: 'trade-2024-01-04-infrastructure-fees', metric: 'infrastructure-fees', from: '2024-01', to: '2024-04', value: 210.0195, unit: 'billion-vnd', qualifier: 'exact', change: 11.8, printed: '210.019,5 triệu đồng (phí theo Nghị quyết 01/2019/NQ-HĐND), tăng 11,8%', source: may2024 },
  { id: 'trade-2025-01-08-import-export-turnover', metric: 'import-export-turnover', from: '2025-01', to: '2025-08', value: 58000, unit: 'million-usd', qualifier: 'more-than', change: 43, printed: 'hơn 58 tỷ USD (tăng 43% so với cùng kỳ 2024)', source: sep2025 },
  { id: 'trade-2025-01-08-infrastructure-fees', metric: 'infrastructure-fees', from: '2025-01', to: '2025-08', value: 622.4, unit: 'billion-vnd', qualifier: 'exact', change: 33, printed: '622,4 tỷ đồng (tăng 33%)', source: sep2025 },
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('trade_figures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('metric', 'text', (c) => c.notNull())
    .addColumn('period_from', 'text', (c) => c.notNull())
    .addColumn('period_to', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('qualifier', 'text', (c) => c.notNull())
    .addColumn('change_percent', 'double precision')
    .addColumn('printed', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by_username', 'text')
    .execute();
  await db.schema.createIndex('trade_figures_metric_period_idx').on('trade_figures').columns(['metric', 'period_from', 'period_to']).unique().execute();
  await db
    .insertInto('trade_figures')
    .values(
      figures.map((f) => ({
        id: f.id,
        metric: f.metric,
        period_from: f.from,
        period_to: f.to,
        value: f.value,
        unit: f.unit,
        qualifier: f.qualifier,
        change_percent: f.change,
        printed: f.printed,
        source: f.source,
        created_at: '2026-11-26T11:30:00.000Z',
        created_by_username: null,
      })),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('trade_figures').execute();
}
