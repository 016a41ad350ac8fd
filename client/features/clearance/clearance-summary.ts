/**
 * Pure helpers of the commune summary, resettlement, quotas and household editing in the
 * clearance workspace: which commune a caller looks at, m² → ha, and the household list as a
 * form edits it and as clearance.updateParcel takes it.
 */

/** The communes the boundaries fall in, once each, in Vietnamese order. */
export function communeChoices(boundaries: readonly { communeCode: string; commune: string }[]): { code: string; name: string }[] {
  const byCode = new Map<string, string>();
  for (const boundary of boundaries) if (boundary.communeCode && !byCode.has(boundary.communeCode)) byCode.set(boundary.communeCode, boundary.commune);
  return [...byCode].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/** A commune officer sees their own commune only; Board staff and the public pick one, or all (undefined). */
export function summaryCommune(user: { role: string; communeCode?: string | null | undefined } | null | undefined, picked: string): string | undefined {
  if (user?.role === 'commune' && user.communeCode) return user.communeCode;
  return picked === '' ? undefined : picked;
}

/** m² as hectares with two decimals, as the plans write them. */
export function squareMetresToHectares(m2: number): number {
  return Math.round(m2 / 100) / 100;
}

export interface HouseholdDraft {
  /** The server's id; absent for a household added in this form. */
  id?: string | undefined;
  /** A stable key for the form row (the id, or a fresh one). */
  key: string;
  headName: string;
  /** As typed: a whole number 1–50 once valid. */
  members: string;
  address: string;
  note: string;
}

export type HouseholdField = 'headName' | 'members' | 'address';
export type HouseholdProblem = 'headNameRequired' | 'membersRange' | 'addressTooLong';
export type HouseholdProblems = Record<number, Partial<Record<HouseholdField, HouseholdProblem>>>;

export function householdDrafts(households: readonly { id: string; headName: string; members: number; address: string; note: string }[]): HouseholdDraft[] {
  return households.map((h) => ({ id: h.id, key: h.id, headName: h.headName, members: String(h.members), address: h.address, note: h.note }));
}

/** The same limits as householdInput in shared/schemas/clearance.ts, per row and field. */
export function householdProblems(drafts: readonly HouseholdDraft[]): HouseholdProblems {
  const problems: HouseholdProblems = {};
  drafts.forEach((draft, index) => {
    const row: Partial<Record<HouseholdField, HouseholdProblem>> = {};
    if (draft.headName.trim() === '' || draft.headName.trim().length > 200) row.headName = 'headNameRequired';
    const members = Number(draft.members.trim());
    if (!/^\d+$/.test(draft.members.trim()) || members < 1 || members > 50) row.members = 'membersRange';
    if (draft.address.trim().length > 300) row.address = 'addressTooLong';
    if (Object.keys(row).length > 0) problems[index] = row;
  });
  return problems;
}

export function householdsPayload(drafts: readonly HouseholdDraft[]): { id?: string; headName: string; members: number; address: string; note: string }[] {
  return drafts.map((draft) => ({
    ...(draft.id ? { id: draft.id } : {}),
    headName: draft.headName.trim(),
    members: Number(draft.members.trim()),
    address: draft.address.trim(),
    note: draft.note.trim(),
  }));
}

/** Whether the form changed the list: only then is it sent (the server replaces the whole list). */
export function householdsChanged(original: readonly HouseholdDraft[], drafts: readonly HouseholdDraft[]): boolean {
  const shape = (list: readonly HouseholdDraft[]) => JSON.stringify(householdsPayload(list));
  return shape(original) !== shape(drafts);
}

/** "households.2.headName" → row 2, field headName: where the server's refusal belongs in the form. */
export function householdErrorPlace(field: string | undefined): { index: number; field: string } | null {
  const match = /^households\.(\d+)(?:\.(\w+))?$/.exec(field ?? '');
  if (!match) return null;
  return { index: Number(match[1]), field: match[2] ?? '' };
}
