/**
 * What each import target accepts and who may commit into it (DESIGN §6): plan revisions are the
 * planners' (and admin's); lots, clearance boundaries and projects the officers' (and admin's);
 * a commune account may upload and commit clearance boundaries inside its own commune only.
 */
import type { Role } from '../../shared/domain/roles.ts';
import type { ImportTarget } from '../../shared/schemas/imports.ts';
import type { ImportGeometryRules } from '../../shared/geo/validate-geojson.ts';

export interface ImportTargetRules {
  geometryTypes: ImportGeometryRules['allowedTypes'];
  /** Roles that may upload for and commit into this target. */
  roles: readonly Role[];
  /** The target's fields an import may fill, for the attribute mapping. */
  fields: readonly string[];
}

export const importTargetRules: Readonly<Record<ImportTarget, ImportTargetRules>> = {
  'plan-revision': { geometryTypes: ['Polygon'], roles: ['planner', 'admin'], fields: ['zoneCode', 'name', 'landUse', 'commune', 'coveragePercentMax', 'floorAreaRatioMax', 'floorsMax', 'horizonYear'] },
  'land-lots': { geometryTypes: ['Polygon'], roles: ['officer', 'admin'], fields: ['code', 'name', 'park', 'landUse', 'status', 'commune', 'coveragePercentMax', 'floorAreaRatioMax', 'floorsMax', 'setbackMetres', 'leaseTermYears'] },
  'clearance-boundaries': { geometryTypes: ['Polygon'], roles: ['officer', 'admin', 'commune'], fields: ['name', 'projectId', 'stage', 'targetHandoverDate'] },
  projects: { geometryTypes: ['Point', 'LineString', 'Polygon'], roles: ['officer', 'admin'], fields: ['name', 'nameEn', 'kind', 'sector', 'status', 'investor', 'commune', 'startDate', 'plannedEndDate', 'capitalBillionVnd', 'note'] },
};

export function mayImportInto(role: Role, target: ImportTarget): boolean {
  return importTargetRules[target].roles.includes(role);
}
