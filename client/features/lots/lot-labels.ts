/** Labels of the lot domain codes (statuses, networks, readiness, clearance, park kinds, land uses) in the UI language. Pure. */
import { landUseClass } from '../../../shared/domain/land-use.ts';
import { lotClearanceStates, lotStatuses, parkKinds, readinessLevels, utilities } from '../../../shared/domain/land-lots.ts';
import { domainLabel } from './portal-format.ts';

export const lotStatusLabel = (code: string, language: string) => domainLabel(lotStatuses.find((s) => s.code === code), language, code);
export const utilityLabel = (code: string, language: string) => domainLabel(utilities.find((u) => u.code === code), language, code);
export const readinessLabel = (code: string, language: string) => domainLabel(readinessLevels.find((r) => r.code === code), language, code);
export const clearanceStateLabel = (code: string, language: string) => domainLabel(lotClearanceStates.find((s) => s.code === code), language, code);
export const parkKindLabel = (code: string, language: string) => domainLabel(parkKinds.find((k) => k.code === code), language, code);
export const landUseLabel = (code: string, language: string) => domainLabel(landUseClass(code), language, code);
