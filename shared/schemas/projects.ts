/** Inputs of the projects pages: the same schemas validate the forms and the procedures. */
import { z } from 'zod';
import { projectKinds, projectStatusCodes } from '../domain/project-status.ts';

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'not a calendar date');

export const projectIdSchema = z.string().trim().min(1).max(100);
export const projectKindSchema = z.enum(projectKinds.map((k) => k.code) as [string, ...string[]]);
export const projectStatusSchema = z.enum(projectStatusCodes);

export const listProjectsInput = z
  .object({
    /** The day the derived status is computed for; today in Vietnam when absent. */
    asOf: isoDateSchema.optional(),
    /** The derived (displayed) status. */
    status: projectStatusSchema.optional(),
    kind: projectKindSchema.optional(),
    overdueOnly: z.boolean().optional(),
  })
  .optional();

export const getProjectInput = z.object({ id: projectIdSchema, asOf: isoDateSchema.optional() });
export const projectsDashboardInput = z.object({ asOf: isoDateSchema.optional() }).optional();

/** A milestone date, or null to clear one recorded by mistake. */
const milestone = isoDateSchema.nullable().optional();

export const updateProjectInput = z.object({
  id: projectIdSchema,
  status: projectStatusSchema.optional(),
  progressPercent: z.number().min(0, 'between 0 and 100').max(100, 'between 0 and 100').optional(),
  actualStartDate: milestone,
  actualEndDate: milestone,
  finalAccountsDate: milestone,
  /** Why: kept in the project's history. */
  note: z.string().trim().min(1, 'say what changed and why').max(1000),
});

export type ListProjectsInput = z.infer<typeof listProjectsInput>;
export type UpdateProjectInput = z.infer<typeof updateProjectInput>;
