/**
 * Who sees and changes what of the site-clearance data (DESIGN §6), decided here and nowhere else:
 * - the public sees boundaries and overall progress (aggregates) only;
 * - parcel-level stages and dates: Board staff, and a commune officer for their own commune;
 * - households (personal data): the commune officer of that commune and the admin only — not
 *   officers or planners, who have no need for names;
 * - changes: a commune officer in their own commune, Board officers and the admin; household data
 *   only by the commune officer of that commune or the admin.
 */
import type { SessionUser } from '../../../shared/schemas/auth.ts';
import { staffRoles } from '../../../shared/domain/roles.ts';

export function canSeeParcelDetail(user: SessionUser | null, communeCode: string): boolean {
  if (!user) return false;
  return staffRoles.includes(user.role) || (user.role === 'commune' && user.communeCode === communeCode);
}

export function canSeeHouseholds(user: SessionUser | null, communeCode: string): boolean {
  if (!user) return false;
  return user.role === 'admin' || (user.role === 'commune' && user.communeCode === communeCode);
}

/** Roles that may change clearance data at all (commune officers: only their own commune). */
export const clearanceEditorRoles: readonly string[] = ['commune', 'officer', 'admin'];

export function canEditClearance(user: SessionUser | null, communeCode: string): boolean {
  if (!user || !clearanceEditorRoles.includes(user.role)) return false;
  return user.role !== 'commune' || user.communeCode === communeCode;
}
