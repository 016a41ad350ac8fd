/**
 * A parcel's place in the site-clearance sequence (REFERENCE.md §4.1) and when each step is due.
 * A parcel moves forward one stage at a time; "not notified" is where a parcel a boundary edit adds
 * starts. Each step's latest date counts back from the boundary's target handover date, from the
 * legal time limits [E, derived from Land Law 2024 Art. 85–94: notice ≥ 180 days before the recovery
 * decision for non-agricultural land, posting 30 days + dialogue, payment within 30 days of plan
 * approval, handover within 30 days]; a step not done by then is overdue.
 */
import { clearanceStages, type ClearanceStage } from './clearance-stage.ts';

export const parcelStages = [{ code: 'not-notified', vi: 'Chưa thông báo thu hồi', en: 'Not yet notified' }, ...clearanceStages] as const;
export type ParcelStage = (typeof parcelStages)[number]['code'];
export const parcelStageCodes = parcelStages.map((s) => s.code) as unknown as readonly [ParcelStage, ...ParcelStage[]];

/** Days before the target handover date by which each step must be done. */
export const daysBeforeHandover: Readonly<Record<ClearanceStage, number>> = {
  notified: 240,
  inventoried: 180,
  'plan-posted': 130,
  'plan-approved': 90,
  'recovery-decided': 60,
  paid: 30,
  'handed-over': 0,
};

export function stageIndex(stage: ParcelStage): number {
  return parcelStageCodes.indexOf(stage);
}

/** The stage after `stage`, or null after handover. */
export function nextStage(stage: ParcelStage): ClearanceStage | null {
  return (parcelStageCodes[stageIndex(stage) + 1] as ClearanceStage | undefined) ?? null;
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The latest day a step may be done to keep the target handover date. */
export function stepDueDate(step: ClearanceStage, targetHandoverDate: string): string {
  return addDays(targetHandoverDate, -daysBeforeHandover[step]);
}

/**
 * The parcel's next step when it is overdue on `asOf` (its latest day has passed, days are calendar
 * days in Vietnam), else null.
 */
export function overdueStep(stage: ParcelStage, targetHandoverDate: string | null | undefined, asOf: string): { step: ClearanceStage; dueDate: string } | null {
  const step = nextStage(stage);
  if (!step || !targetHandoverDate) return null;
  const dueDate = stepDueDate(step, targetHandoverDate);
  return asOf > dueDate ? { step, dueDate } : null;
}
