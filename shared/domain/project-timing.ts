/**
 * A project's state on a given day, derived from its milestones rather than typed: a deadline that
 * has passed without its milestone makes the project overdue, whatever status was last stored.
 * Dates are calendar days (YYYY-MM-DD) in Vietnam; a deadline passes at the end of its day.
 */
import type { ProjectProperties } from '../schemas/layer-properties.ts';
import type { ProjectStatus } from './project-status.ts';

export type OverdueReason = 'completion' | 'final-accounts';

export interface ProjectTiming {
  overdue: boolean;
  /** Which deadlines have passed without their milestone, in this order. */
  overdueReasons: OverdueReason[];
  /** The status to show: the stored one corrected by the milestones and deadlines. */
  displayStatus: ProjectStatus;
}

export type ProjectMilestones = Pick<
  ProjectProperties,
  'status' | 'plannedEndDate' | 'finalAccountsDeadline' | 'actualStartDate' | 'actualEndDate' | 'finalAccountsDate'
>;

const isoDay = /^\d{4}-\d{2}-\d{2}/;

/** Statuses a Board decision sets; only a missed final-accounts deadline overrides them. */
const decided: readonly string[] = ['halted', 'suspended'];

/** The calendar day (YYYY-MM-DD) of an instant in Vietnam (UTC+7, no daylight saving). */
export function vietnamDate(instant: Date): string {
  return new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** True when `deadline` (YYYY-MM-DD) is before the day `asOf`. */
function passed(deadline: string | undefined, asOf: string): boolean {
  return deadline !== undefined && deadline < asOf;
}

/** `asOf` is a YYYY-MM-DD day (a longer ISO string is cut to its day). */
export function projectTiming(project: ProjectMilestones, asOf: string): ProjectTiming {
  if (!isoDay.test(asOf)) throw new RangeError(`asOf must be a YYYY-MM-DD date, got ${asOf}`);
  const day = asOf.slice(0, 10);
  const overdueReasons: OverdueReason[] = [];
  if (passed(project.plannedEndDate, day) && !project.actualEndDate) overdueReasons.push('completion');
  if (passed(project.finalAccountsDeadline, day) && !project.finalAccountsDate) overdueReasons.push('final-accounts');
  return { overdue: overdueReasons.length > 0, overdueReasons, displayStatus: displayStatus(project, overdueReasons) };
}

function displayStatus(project: ProjectMilestones, overdueReasons: readonly OverdueReason[]): ProjectStatus {
  if (project.finalAccountsDate) return 'completed';
  if (overdueReasons.includes('final-accounts')) return 'final-accounts-overdue';
  // Stored as overdue, but the deadline has not passed (or was moved): only pending.
  if (project.status === 'final-accounts-overdue') return 'final-accounts-pending';
  if (decided.includes(project.status)) return project.status;
  if (overdueReasons.includes('completion')) return 'behind-schedule';
  if (project.actualEndDate) return project.finalAccountsDeadline ? 'final-accounts-pending' : 'completed';
  if (project.actualStartDate && project.status === 'preparing') return 'under-construction';
  return project.status;
}
