/**
 * Export attributes: the API's property names become the Vietnamese field names surveyors and
 * planners expect (ma_lo, loai_dat, dien_tich_m2, trang_thai…) in CSV, Shapefile, GeoPackage, KML
 * and DXF; GeoJSON keeps the API names. Each field also has its DBF name for shapefiles: at most
 * 10 ASCII characters, Vietnamese without diacritics (MA_LO, DIEN_TICH, TRANG_THAI, LOAI_DAT).
 *
 * The writers take any flat attributes; toExportFeatures maps a layer's features onto its fields.
 * Properties a layer does not list (new ones) still go out, under a derived name.
 */
import type { Feature, Geometry } from 'geojson';

/** A value a file can hold; arrays are joined with "; " and objects written as JSON before this. */
export type ExportValue = string | number | boolean | null;

export type ExportFieldType = 'string' | 'integer' | 'real' | 'boolean' | 'date';

export interface ExportField {
  /** Name in CSV, GeoPackage, KML, DXF: lower-case Vietnamese without diacritics (ma_lo). */
  name: string;
  /** Name in a shapefile's DBF: ≤ 10 ASCII characters (MA_LO). */
  dbfName: string;
  type: ExportFieldType;
}

/** What every writer takes: WGS84 features with flat attributes. */
export type ExportFeature = Feature<Geometry | null, Record<string, ExportValue>>;

type FieldNames = Readonly<Record<string, readonly [name: string, dbfName: string]>>;

const provenance: FieldNames = { source: ['nguon', 'NGUON'], illustrative: ['minh_hoa', 'MINH_HOA'] };
const name: FieldNames = { name: ['ten', 'TEN'], nameEn: ['ten_en', 'TEN_EN'] };

/** Per layer (shared/layers/registry.ts ids): API property → [export name, DBF name], in column order. */
export const exportFieldNames: Readonly<Record<string, FieldNames>> = {
  communes: {
    code: ['ma_xa', 'MA_XA'],
    ...name,
    kind: ['loai', 'LOAI'],
    formedFrom: ['hinh_thanh_tu', 'HINH_THANH'],
    inZone: ['thuoc_kkt', 'THUOC_KKT'],
    zoneRelation: ['quan_he_kkt', 'QUAN_HE'],
    areaHa: ['dien_tich_ha', 'DIEN_TICH'],
    license: ['giay_phep', 'GIAY_PHEP'],
    ...provenance,
  },
  'border-line': { ...name, license: ['giay_phep', 'GIAY_PHEP'], attribution: ['ghi_cong', 'GHI_CONG'], ...provenance },
  'border-gates': {
    ...name,
    kind: ['loai', 'LOAI'],
    pairedWith: ['cap_cua_khau', 'CAP_CK'],
    commune: ['xa_phuong', 'XA_PHUONG'],
    markers: ['moc_gioi', 'MOC_GIOI'],
    locationStatus: ['vi_tri', 'VI_TRI'],
    positionAccuracyM: ['sai_so_m', 'SAI_SO_M'],
    note: ['ghi_chu', 'GHI_CHU'],
    ...provenance,
  },
  'border-markers': {
    number: ['so_moc', 'SO_MOC'],
    name: ['ten', 'TEN'],
    gate: ['cua_khau', 'CUA_KHAU'],
    approximate: ['gan_dung', 'GAN_DUNG'],
    note: ['ghi_chu', 'GHI_CHU'],
    ...provenance,
  },
  'cargo-lanes': {
    ...name,
    kind: ['loai', 'LOAI'],
    fromMarker: ['tu_moc', 'TU_MOC'],
    toMarker: ['den_moc', 'DEN_MOC'],
    gate: ['cua_khau', 'CUA_KHAU'],
    lanesNow: ['so_lan', 'SO_LAN'],
    lanesPlanned: ['so_lan_qh', 'SO_LAN_QH'],
    lanePhases: ['giai_doan', 'GIAI_DOAN'],
    smartGatePilot: ['thi_diem_ckm', 'THI_DIEM'],
    status: ['tinh_trang', 'TINH_TRANG'],
    ...provenance,
  },
  'planning-zones': {
    zoneCode: ['ma_khu', 'MA_KHU'],
    name: ['ten', 'TEN'],
    landUse: ['chuc_nang', 'CHUC_NANG'],
    planId: ['ma_quy_hoach', 'MA_QH'],
    revisionId: ['phuong_an', 'PHUONG_AN'],
    commune: ['xa_phuong', 'XA_PHUONG'],
    areaHa: ['dien_tich_ha', 'DIEN_TICH'],
    coveragePercentMax: ['mat_do_xd', 'MAT_DO_XD'],
    floorAreaRatioMax: ['he_so_sdd', 'HE_SO_SDD'],
    floorsMin: ['tang_cao_min', 'TANG_MIN'],
    floorsMax: ['tang_cao', 'TANG_CAO'],
    horizonYear: ['giai_doan', 'GIAI_DOAN'],
    ...provenance,
  },
  projects: {
    name: ['ten_du_an', 'TEN_DU_AN'],
    nameEn: ['ten_en', 'TEN_EN'],
    kind: ['loai_du_an', 'LOAI_DA'],
    sector: ['linh_vuc', 'LINH_VUC'],
    investor: ['chu_dau_tu', 'CHU_DAU_TU'],
    responsibleUnit: ['don_vi_phu_trach', 'DON_VI_PT'],
    status: ['trang_thai', 'TRANG_THAI'],
    derivedStatus: ['trang_thai_hien_tai', 'TT_HIENTAI'],
    overdue: ['cham_tien_do', 'CHAM_TD'],
    statusAsOf: ['ngay_xet', 'NGAY_XET'],
    progressPercent: ['tien_do', 'TIEN_DO'],
    startDate: ['ngay_khoi_cong', 'KHOI_CONG'],
    plannedEndDate: ['ngay_hoan_thanh', 'HOAN_THANH'],
    finalAccountsDeadline: ['han_quyet_toan', 'HAN_QT'],
    actualStartDate: ['khoi_cong_thuc_te', 'KC_THUCTE'],
    actualEndDate: ['hoan_thanh_thuc_te', 'HT_THUCTE'],
    finalAccountsDate: ['ngay_quyet_toan', 'NGAY_QT'],
    decisions: ['can_cu_phap_ly', 'CAN_CU'],
    capitalBillionVnd: ['von_ty_dong', 'VON_TY'],
    capitalSource: ['nguon_von', 'NGUON_VON'],
    gate: ['cua_khau', 'CUA_KHAU'],
    commune: ['xa_phuong', 'XA_PHUONG'],
    note: ['ghi_chu', 'GHI_CHU'],
    roadId: ['ma_tuyen', 'MA_TUYEN'],
    chainageFromMeters: ['ly_trinh_tu_m', 'LT_TU'],
    chainageToMeters: ['ly_trinh_den_m', 'LT_DEN'],
    ...provenance,
  },
  'land-lots': {
    code: ['ma_lo', 'MA_LO'],
    name: ['ten', 'TEN'],
    park: ['ma_khu', 'MA_KHU'],
    parkName: ['khu', 'KHU'],
    commune: ['xa_phuong', 'XA_PHUONG'],
    landUse: ['loai_dat', 'LOAI_DAT'],
    areaM2: ['dien_tich_m2', 'DIEN_TICH'],
    areaHa: ['dien_tich_ha', 'DT_HA'],
    status: ['trang_thai', 'TRANG_THAI'],
    coveragePercentMax: ['mat_do_xd', 'MAT_DO_XD'],
    floorAreaRatioMax: ['he_so_sdd', 'HE_SO_SDD'],
    floorsMax: ['tang_cao', 'TANG_CAO'],
    setbackMetres: ['khoang_lui_m', 'KHOANG_LUI'],
    readinessRoad: ['ht_giao_thong', 'HT_GT'],
    readinessPower: ['ht_dien', 'HT_DIEN'],
    readinessWater: ['ht_cap_nuoc', 'HT_NUOC'],
    readinessDrainage: ['ht_thoat_nuoc', 'HT_THOAT'],
    readinessTelecom: ['ht_vien_thong', 'HT_VT'],
    leaseTermYears: ['thoi_han_thue', 'THOI_HAN'],
    clearance: ['gpmb', 'GPMB'],
    plan: ['quy_hoach', 'QUY_HOACH'],
    planDecision: ['qd_phe_duyet', 'QD_PD'],
    contact: ['lien_he', 'LIEN_HE'],
    projectId: ['ma_du_an', 'MA_DU_AN'],
    note: ['ghi_chu', 'GHI_CHU'],
    ...provenance,
  },
  'clearance-boundaries': {
    name: ['ten', 'TEN'],
    projectId: ['ma_du_an', 'MA_DU_AN'],
    commune: ['xa_phuong', 'XA_PHUONG'],
    stage: ['buoc_gpmb', 'BUOC_GPMB'],
    targetHandoverDate: ['han_ban_giao', 'HAN_BG'],
    areaHa: ['dien_tich_ha', 'DIEN_TICH'],
    ...provenance,
  },
  'resettlement-areas': {
    name: ['ten', 'TEN'],
    commune: ['xa_phuong', 'XA_PHUONG'],
    capacityLots: ['so_lo_quy_hoach', 'SO_LO_QH'],
    allocatedLots: ['so_lo_da_bo_tri', 'SO_LO_BT'],
    areaHa: ['dien_tich_ha', 'DIEN_TICH'],
    forProjects: ['phuc_vu_du_an', 'PHUC_VU_DA'],
    ...provenance,
  },
  'road-centrelines': { name: ['ten_tuyen', 'TEN_TUYEN'], nameEn: ['ten_en', 'TEN_EN'], roadCode: ['ma_tuyen', 'MA_TUYEN'], origin: ['diem_km0', 'DIEM_KM0'], ...provenance },
  parcels: {
    name: ['ten', 'TEN'],
    formerCommuneCode: ['ma_xa_cu', 'MA_XA_CU'],
    formerCommuneName: ['xa_cu', 'XA_CU'],
    sheet: ['so_to', 'SO_TO'],
    parcelNumber: ['so_thua', 'SO_THUA'],
    communeCode: ['ma_xa', 'MA_XA'],
    commune: ['xa_phuong', 'XA_PHUONG'],
    landType: ['loai_dat', 'LOAI_DAT'],
    areaM2: ['dien_tich_m2', 'DIEN_TICH'],
    ...provenance,
  },
};

/** The feature id's column in every format but GeoJSON (which has Feature.id). */
export const idField = { name: 'id', dbfName: 'ID' } as const;

/** Arrays joined with "; " (decisions, forProjects), objects as JSON, non-finite numbers as null. */
export function exportValue(value: unknown): ExportValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) {
    return value.map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v))).join('; ');
  }
  return JSON.stringify(value);
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

function fieldType(values: readonly ExportValue[]): ExportFieldType {
  const present = values.filter((v) => v !== null);
  if (present.length === 0) return 'string';
  if (present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.every((v) => typeof v === 'number')) return present.every((v) => Number.isInteger(v) && Math.abs(v as number) < 2 ** 31) ? 'integer' : 'real';
  if (present.every((v) => typeof v === 'string' && datePattern.test(v))) return 'date';
  return 'string';
}

/** "readinessRoad" → "readiness_road"; any letters outside ASCII lose their diacritics. */
export function asciiSnake(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase();
}

/** DBF names: ≤ 10 ASCII characters, unique (a numeric suffix where two would clash). */
export function uniqueDbfNames(wanted: readonly string[]): string[] {
  const used = new Set<string>();
  return wanted.map((raw) => {
    const base = (asciiSnake(raw).toUpperCase() || 'FIELD').slice(0, 10);
    let candidate = base;
    for (let n = 1; used.has(candidate); n++) candidate = `${base.slice(0, 10 - String(n).length)}${n}`;
    used.add(candidate);
    return candidate;
  });
}

/**
 * Fields for plain attributes (any writer's default): each attribute's own name, types from the
 * values. `names` maps attribute → [name, DBF name] when known.
 */
export function inferFields(features: readonly ExportFeature[], names: FieldNames = {}): ExportField[] {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const feature of features) {
    for (const key of Object.keys(feature.properties ?? {})) {
      if (!seen.has(key)) {
        seen.add(key);
        keys.push(key);
      }
    }
  }
  const dbfNames = uniqueDbfNames(keys.map((key) => names[key]?.[1] ?? key));
  return keys.map((key, index) => ({
    name: names[key]?.[0] ?? key,
    dbfName: dbfNames[index] as string,
    type: fieldType(features.map((f) => f.properties?.[key] ?? null)),
  }));
}

type SourceFeature = Feature<Geometry | null, Record<string, unknown>>;

/**
 * A layer's export schema, in one pass over its features without copying them: `id` first, then
 * the layer's fields in their Vietnamese names in the order of exportFieldNames, then properties
 * it does not list under derived names; `toExport` maps one feature onto them (so that a
 * streamed export holds one feature's copy at a time).
 */
export function exportSchema(layerId: string, features: readonly SourceFeature[]): { fields: ExportField[]; toExport(feature: SourceFeature): ExportFeature } {
  const names = exportFieldNames[layerId] ?? {};
  const listed = Object.keys(names);
  const extra: string[] = [];
  const seen = new Set(listed);
  for (const feature of features) {
    for (const key of Object.keys(feature.properties ?? {})) {
      if (!seen.has(key)) {
        seen.add(key);
        extra.push(key);
      }
    }
  }
  // Listed fields appear even when no feature carries them (a public extract keeps the columns).
  const keys = [...listed, ...extra];
  const takenNames = new Set([idField.name, ...listed.map((k) => names[k]![0])]);
  const extraNames = new Map<string, string>();
  for (const key of extra) {
    let candidate = asciiSnake(key) || 'field';
    while (takenNames.has(candidate)) candidate = `${candidate}_`;
    takenNames.add(candidate);
    extraNames.set(key, candidate);
  }
  const outName = (key: string) => names[key]?.[0] ?? (extraNames.get(key) as string);
  const toExport = (feature: SourceFeature): ExportFeature => {
    const properties: Record<string, ExportValue> = { [idField.name]: feature.id === undefined ? null : String(feature.id) };
    for (const key of keys) properties[outName(key)] = exportValue(feature.properties?.[key]);
    return { type: 'Feature', ...(feature.id !== undefined ? { id: feature.id } : {}), geometry: feature.geometry, properties };
  };
  const dbfNames = uniqueDbfNames([idField.dbfName, ...keys.map((key) => names[key]?.[1] ?? key)]);
  const fields: ExportField[] = [
    { name: idField.name, dbfName: idField.dbfName, type: 'string' },
    ...keys.map((key, index) => ({
      name: outName(key),
      dbfName: dbfNames[index + 1] as string,
      type: fieldType(features.map((f) => exportValue(f.properties?.[key]))),
    })),
  ];
  return { fields, toExport };
}

/** A layer's features (WGS84, API property names) as export features with the field list every writer takes. */
export function toExportFeatures(layerId: string, features: readonly SourceFeature[]): { features: ExportFeature[]; fields: ExportField[] } {
  const { fields, toExport } = exportSchema(layerId, features);
  return { features: features.map(toExport), fields };
}
