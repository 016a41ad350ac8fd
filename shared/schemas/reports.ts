/** Inputs of the monthly progress reports: the same schemas validate the form and the procedures. */
import { z } from 'zod';

export const REPORT_TEXT_MAX_LENGTH = 4000;

/** A month as YYYY-MM. */
export const periodSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM');

export const submitReportInput = z.object({
  projectId: z.string().trim().min(1).max(100),
  period: periodSchema,
  progressPercent: z.number().min(0, 'between 0 and 100').max(100, 'between 0 and 100'),
  issues: z.string().trim().max(REPORT_TEXT_MAX_LENGTH, `at most ${REPORT_TEXT_MAX_LENGTH} characters`),
  proposals: z.string().trim().max(REPORT_TEXT_MAX_LENGTH, `at most ${REPORT_TEXT_MAX_LENGTH} characters`),
});

export const monthlySummaryInput = z.object({ period: periodSchema });

export type SubmitReportInput = z.infer<typeof submitReportInput>;
