/**
 * The import page's pure choices: which targets a role may pick, readable CRS names, the target
 * layer's fields and the mapping prefilled from the server's suggestion, the upload door's error
 * body read as a value, and the link to what a commit created. No React, no network.
 */
import { importTargets, type ImportCommitAnswer, type ImportCrsCode, type ImportTarget } from '../../../shared/schemas/imports.ts';
import type { Role } from '../../../shared/domain/roles.ts';
import { findLayer } from '../../../shared/layers/registry.ts';
import type { Language } from '../../i18n/languages.ts';
import { clearancePath, projectPath, routePaths } from '../../app/routes.ts';

/**
 * The targets a role may import into (the server decides anyway, per target): plan revisions for
 * planners and admins; lots, projects and clearance boundaries for Board officers and admins;
 * commune accounts only clearance boundaries (of their own commune).
 */
export function importTargetsForRole(role: Role | null | undefined): ImportTarget[] {
  switch (role) {
    case 'admin':
      return [...importTargets];
    case 'planner':
      return ['plan-revision'];
    case 'officer':
      return ['land-lots', 'clearance-boundaries', 'projects'];
    case 'commune':
      return ['clearance-boundaries'];
    default:
      return [];
  }
}

/** The file names the drop zone accepts (what POST /api/imports reads). */
export const acceptedExtensions = ['.geojson', '.json', '.kml', '.kmz', '.zip', '.gpkg', '.dxf', '.csv', '.xlsx'] as const;

/** Whether the file's name ends with an accepted extension (the server checks the content too). */
export function hasAcceptedExtension(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return acceptedExtensions.some((extension) => lower.endsWith(extension));
}

/** The provincial meridian (and where it is used) of each VN-2000 TM-3 code, from the EPSG registry. */
const tm3Zones: Partial<Record<ImportCrsCode, { meridian: string; where: { vi: string; en: string } }>> = {
  'EPSG:9205': { meridian: '103°00′', where: { vi: 'Điện Biên, Lai Châu', en: 'Điện Biên, Lai Châu' } },
  'EPSG:9206': { meridian: '104°00′', where: { vi: 'Sơn La', en: 'Sơn La' } },
  'EPSG:9207': { meridian: '104°30′', where: { vi: 'Cà Mau, Kiên Giang', en: 'Cà Mau, Kiên Giang' } },
  'EPSG:9208': { meridian: '104°45′', where: { vi: 'Lào Cai, Phú Thọ, Nghệ An…', en: 'Lào Cai, Phú Thọ, Nghệ An…' } },
  'EPSG:9209': { meridian: '105°30′', where: { vi: 'Hà Giang, Bắc Ninh, Hải Dương…', en: 'Hà Giang, Bắc Ninh, Hải Dương…' } },
  'EPSG:9210': { meridian: '105°45′', where: { vi: 'Cao Bằng, Hải Phòng, TP HCM…', en: 'Cao Bằng, Hải Phòng, HCMC…' } },
  'EPSG:9211': { meridian: '106°00′', where: { vi: 'Tuyên Quang, Hòa Bình, Quảng Bình', en: 'Tuyên Quang, Hòa Bình, Quảng Bình' } },
  'EPSG:9212': { meridian: '106°15′', where: { vi: 'Quảng Trị, Bình Phước', en: 'Quảng Trị, Bình Phước' } },
  'EPSG:9213': { meridian: '106°30′', where: { vi: 'Bắc Kạn, Thái Nguyên', en: 'Bắc Kạn, Thái Nguyên' } },
  'EPSG:9214': { meridian: '107°00′', where: { vi: 'Bắc Giang, Thừa Thiên Huế', en: 'Bắc Giang, Thừa Thiên Huế' } },
  'EPSG:9215': { meridian: '107°15′', where: { vi: 'Lạng Sơn', en: 'Lạng Sơn' } },
  'EPSG:9216': { meridian: '107°30′', where: { vi: 'Kon Tum', en: 'Kon Tum' } },
  'EPSG:9217': { meridian: '108°15′', where: { vi: 'Bình Định, Khánh Hòa, Ninh Thuận', en: 'Bình Định, Khánh Hòa, Ninh Thuận' } },
  'EPSG:9218': { meridian: '108°30′', where: { vi: 'Gia Lai, Đắk Lắk, Phú Yên…', en: 'Gia Lai, Đắk Lắk, Phú Yên…' } },
  'EPSG:5899': { meridian: '107°45′', where: { vi: 'Quảng Ninh, Đà Nẵng, Đồng Nai…', en: 'Quảng Ninh, Da Nang, Đồng Nai…' } },
};

/** A readable CRS name with its code: "VN-2000 TM-3 107°15′ (Lạng Sơn) — EPSG:9215". */
export function crsLabel(code: ImportCrsCode, language: Language): string {
  const tm3 = tm3Zones[code];
  if (tm3) return `VN-2000 TM-3 ${tm3.meridian} (${language === 'vi' ? tm3.where.vi : tm3.where.en}) — ${code}`;
  switch (code) {
    case 'EPSG:4326':
      return `WGS84 (${language === 'vi' ? 'kinh độ, vĩ độ' : 'longitude, latitude'}) — ${code}`;
    case 'EPSG:4756':
      return `VN-2000 (${language === 'vi' ? 'tọa độ địa lý' : 'geographic'}) — ${code}`;
    case 'EPSG:3405':
      return `VN-2000 UTM 48N — ${code}`;
    case 'EPSG:3406':
      return `VN-2000 UTM 49N — ${code}`;
    default:
      return code;
  }
}

/** The layer a target writes to, whose field labels the mapping table shows. */
export const targetLayerIds: Record<ImportTarget, string> = {
  'plan-revision': 'planning-zones',
  'land-lots': 'land-lots',
  'clearance-boundaries': 'clearance-boundaries',
  projects: 'projects',
};

/**
 * The target fields a user maps file attributes onto, in display order: those the server fills
 * (server/imports/import-targets.ts). Derived or fixed values (areas computed in VN-2000, plan and
 * revision ids, provenance) are not offered.
 */
const mappableFields: Record<ImportTarget, readonly string[]> = {
  'plan-revision': ['zoneCode', 'name', 'landUse', 'commune', 'coveragePercentMax', 'floorAreaRatioMax', 'floorsMax', 'horizonYear'],
  'land-lots': ['code', 'name', 'park', 'landUse', 'status', 'commune', 'coveragePercentMax', 'floorAreaRatioMax', 'floorsMax', 'setbackMetres', 'leaseTermYears'],
  'clearance-boundaries': ['name', 'projectId', 'stage', 'targetHandoverDate'],
  projects: ['name', 'nameEn', 'kind', 'sector', 'status', 'investor', 'commune', 'startDate', 'plannedEndDate', 'capitalBillionVnd', 'note'],
};

/** The target's fields: ours first, then any the server suggests that we do not list. */
export function targetFields(target: ImportTarget, suggestedMapping: Readonly<Record<string, string>>): string[] {
  const own = mappableFields[target];
  return [...own, ...Object.keys(suggestedMapping).filter((field) => !own.includes(field))];
}

/** Fields an import fills that the layer's popup does not show. */
const extraFieldLabels: Readonly<Record<string, { vi: string; en: string }>> = {
  park: { vi: 'Mã khu (khu công nghiệp, kho bãi…)', en: 'Park id' },
  nameEn: { vi: 'Tên tiếng Anh', en: 'English name' },
};

/** A target field's label in the user's language (the layer registry's popup label), or its key. */
export function targetFieldLabel(target: ImportTarget, field: string, language: Language): string {
  const label = findLayer(targetLayerIds[target])?.fields[field] ?? extraFieldLabels[field];
  return label ? (language === 'vi' ? label.vi : label.en) : field;
}

/**
 * The mapping the table starts from: the server's suggestion where it names a real attribute of
 * the file, nothing for the other fields ('' = not imported).
 */
export function defaultMapping(fields: readonly string[], suggestedMapping: Readonly<Record<string, string>>, attributeNames: readonly string[]): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const field of fields) {
    const suggested = suggestedMapping[field];
    mapping[field] = suggested !== undefined && attributeNames.includes(suggested) ? suggested : '';
  }
  return mapping;
}

/** The mapping as imports.commit takes it: only the fields given an attribute. */
export function mappingForCommit(mapping: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(mapping).filter(([, attribute]) => attribute !== ''));
}

/** A refusal of the upload door, as a value: the server's code, message and field, or ours. */
export interface UploadError {
  /** The HTTP status; 0 when the request never got an answer (network, aborted). */
  status: number;
  code: string;
  message: string;
  field?: string;
}

/**
 * Reads the door's 4xx/5xx body `{ error: { code, message, field? } }`. Anything else (a proxy's
 * HTML page, an empty body) becomes a code from the status, with no message: the page supplies one.
 */
export function parseUploadError(status: number, body: string): UploadError {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === 'object' && parsed !== null && 'error' in parsed) {
      const error = (parsed as { error: unknown }).error;
      if (typeof error === 'object' && error !== null) {
        const { code, message, field } = error as Record<string, unknown>;
        if (typeof code === 'string' && typeof message === 'string') {
          return { status, code, message, ...(typeof field === 'string' && field !== '' ? { field } : {}) };
        }
      }
    }
  } catch {
    // Not JSON: fall through.
  }
  const code = status === 0 ? 'network' : status === 401 ? 'unauthorized' : status === 403 ? 'forbidden' : status === 413 ? 'too-large' : status >= 500 ? 'server' : 'invalid';
  return { status, code, message: '' };
}

/** Where to see what a commit created: the new revision on /quy-hoach, the lot on the map, the boundary or project page. */
export function committedLink(answer: Pick<ImportCommitAnswer, 'target' | 'revisionId' | 'featureIds'>): string {
  const first = answer.featureIds[0];
  switch (answer.target) {
    case 'plan-revision':
      return answer.revisionId ? `${routePaths.plans}?${new URLSearchParams({ 'phuong-an': answer.revisionId }).toString()}` : routePaths.plans;
    case 'land-lots':
      return first ? `${routePaths.map}#layers=land-lots&sel=land-lots:${encodeURIComponent(first)}` : `${routePaths.map}#layers=land-lots`;
    case 'clearance-boundaries':
      return clearancePath(first);
    case 'projects':
      return first && answer.featureIds.length === 1 ? projectPath(first) : routePaths.projects;
  }
}
