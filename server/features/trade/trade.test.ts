import type { ZodError } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test-support/test-databases.ts';
import { startTestApp, type Caller, type TestApp } from '../../test-support/test-app.ts';
import { auditCount } from '../../test-support/db-snapshot.ts';
import { trpcFailure } from '../../test-support/trpc-failure.ts';

const figure = (overrides: Record<string, unknown> = {}) => ({
  metric: 'infrastructure-fees' as const,
  periodFrom: '2025-01',
  periodTo: '2025-10',
  value: 780.5,
  changePercent: 30,
  printed: '780,5 tỷ đồng',
  source: 'Báo cáo tháng 10/2025 của Ban Quản lý (kiểm thử)',
  ...overrides,
});

describe.each(testEngines)('trade figures on $engine', (engine) => {
  let app: TestApp;
  let officer: Caller;
  beforeAll(async () => {
    if (engine.skipReason) return;
    app = await startTestApp(engine, { seed: false });
    officer = app.callerAs(await app.user('officer'));
  });
  afterAll(async () => app?.close());

  describe.skipIf(engine.skipReason !== null)(engine.skipReason ?? 'database available', () => {
    it('gives anyone the six figures of the notices, each with its source', async () => {
      const figures = await app.caller.trade.list();
      expect(figures).toHaveLength(6);
      expect(figures.every((f) => f.source.startsWith('Thông báo kết luận'))).toBe(true);
      expect(figures.map((f) => `${f.periodFrom}/${f.periodTo}`).sort()).toEqual([...Array(4).fill('2024-01/2024-04'), ...Array(2).fill('2025-01/2025-08')]);
    });

    it('keeps "over 58 billion USD" as a lower bound, with its text as printed', async () => {
      const turnover = (await app.caller.trade.list()).find((f) => f.metric === 'import-export-turnover' && f.periodTo === '2025-08');
      expect(turnover).toMatchObject({ value: 58_000, unit: 'million-usd', qualifier: 'more-than', changePercent: 43 });
      expect(turnover?.printed).toContain('hơn 58 tỷ USD');
    });

    it('gives the fee series in one unit: 210.0195 then 622.4 billion VND', async () => {
      const fees = (await app.caller.trade.list()).filter((f) => f.metric === 'infrastructure-fees');
      expect(fees.map((f) => [f.periodTo, f.value, f.unit])).toEqual([
        ['2024-04', 210.0195, 'billion-vnd'],
        ['2025-08', 622.4, 'billion-vnd'],
      ]);
    });

    it('lets an officer add a period’s figure, audited', async () => {
      app.clock.set('2025-11-05T03:00:00Z');
      const audits = await auditCount(app.deps.database.db);
      const added = await officer.trade.add(figure());
      expect(added).toMatchObject({ metric: 'infrastructure-fees', unit: 'billion-vnd', value: 780.5, qualifier: 'exact' });
      expect((await app.caller.trade.list()).map((f) => f.id)).toContain(added.id);
      expect(await auditCount(app.deps.database.db)).toBe(audits + 1);
    });

    it('refuses a second figure for the same metric and period with CONFLICT', async () => {
      app.clock.set('2025-11-05T03:00:00Z');
      await officer.trade.add(figure({ metric: 'customs-turnover', printed: '1 triệu USD' }));
      expect((await trpcFailure(officer.trade.add(figure({ metric: 'customs-turnover', printed: '1 triệu USD' })))).code).toBe('CONFLICT');
    });

    it('refuses a period ending in the future, naming periodTo', async () => {
      app.clock.set('2025-11-05T03:00:00Z');
      const error = await trpcFailure(officer.trade.add(figure({ periodTo: '2025-12' })));
      expect((error.cause as { field?: string }).field).toBe('periodTo');
    });

    it('refuses a period that ends before it starts', async () => {
      const error = await trpcFailure(officer.trade.add(figure({ periodFrom: '2025-06', periodTo: '2025-01' })));
      expect((error.cause as ZodError).issues[0]?.path).toEqual(['periodTo']);
    });

    it('refuses a figure without a source', async () => {
      const error = await trpcFailure(officer.trade.add(figure({ source: '' })));
      expect((error.cause as ZodError).issues[0]?.path).toEqual(['source']);
    });
  });
});
