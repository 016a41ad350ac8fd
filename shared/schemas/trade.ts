/** Inputs of the trade-figures page: the same schema validates the form and trade.add. */
import { z } from 'zod';
import { tradeMetricCodes, tradeQualifiers } from '../domain/trade-metrics.ts';
import { periodSchema } from './reports.ts';

export const addTradeFigureInput = z
  .object({
    metric: z.enum(tradeMetricCodes),
    /** First and last month of the period, e.g. 2025-01 to 2025-08 for "8 tháng đầu năm 2025". */
    periodFrom: periodSchema,
    periodTo: periodSchema,
    /** In the metric's unit (shared/domain/trade-metrics.ts). */
    value: z.number().positive().finite(),
    qualifier: z.enum(tradeQualifiers).default('exact'),
    /** Change against the same period a year earlier, in percent. */
    changePercent: z.number().finite().min(-100).max(10_000).nullable().optional(),
    /** The figure as the source prints it. */
    printed: z.string().trim().min(1, 'copy the figure as printed').max(300),
    source: z.string().trim().min(10, 'name the document the figure comes from').max(500),
  })
  .refine((input) => input.periodFrom <= input.periodTo, { message: 'the period must end after it starts', path: ['periodTo'] });

export type AddTradeFigureInput = z.infer<typeof addTradeFigureInput>;
