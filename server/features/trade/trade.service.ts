/** Trade figures: public time series with their sources; officers add a period's figures. */
import { randomUUID } from 'node:crypto';
import { tradeMetrics } from '../../../shared/domain/trade-metrics.ts';
import { vietnamDate } from '../../../shared/domain/project-timing.ts';
import type { AddTradeFigureInput } from '../../../shared/schemas/trade.ts';
import { now, type AppDeps } from '../../app-deps.ts';
import { withAudit, type AuditContext } from '../../audit/with-audit.ts';
import { refuse } from '../../trpc/errors.ts';
import { findTradeFigure, insertTradeFigure, type TradeFigure } from './trade.repository.ts';

type TradeContext = AuditContext & { deps: Pick<AppDeps, 'database' | 'clock'> };

export async function addTradeFigure(ctx: TradeContext, input: AddTradeFigureInput): Promise<TradeFigure> {
  if (input.periodTo > vietnamDate(now(ctx.deps)).slice(0, 7)) {
    throw refuse('BAD_REQUEST', 'periodTo: không thể nhập số liệu cho tháng chưa tới / a period cannot end in the future', 'periodTo');
  }
  const unit = tradeMetrics.find((m) => m.code === input.metric)?.unit ?? 'unknown';
  return withAudit(ctx, { entityType: 'trade-figure' }, async (trx) => {
    if (await findTradeFigure(trx, input.metric, input.periodFrom, input.periodTo)) {
      throw refuse('CONFLICT', 'Đã có số liệu này cho kỳ này / this figure already exists for the period', 'periodFrom');
    }
    const figure: TradeFigure = {
      id: `trade-${randomUUID()}`,
      metric: input.metric,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      value: input.value,
      unit,
      qualifier: input.qualifier,
      changePercent: input.changePercent ?? null,
      printed: input.printed,
      source: input.source,
    };
    await insertTradeFigure(trx, figure, now(ctx.deps).toISOString(), ctx.user?.username ?? null);
    return { before: null, after: figure, entityId: figure.id, result: figure };
  });
}
