/**
 * The import pipeline, pure: a reader's RawDataset → the CRS (declared, chosen or detected by
 * values, swapped axes too) → WGS84 → repairs (warnings) → validation against the target (errors
 * per feature: rejected, with the reason and where). Limits on attributes and features refuse the
 * whole file. Upload runs it in the parse worker; commit runs it again on the stored raw
 * coordinates with the CRS and axis order the user confirmed.
 */
import type { Geometry, Position } from 'geojson';
import { importCrsCodes, type ImportCrs, type ImportCrsCode, type ImportIssue, type ImportTarget } from '../../shared/schemas/imports.ts';
import { detectCrs, fitsSomeCrs } from '../../shared/geo/detect-crs.ts';
import { positionsOf, transformGeometryToWgs84 } from '../../shared/geo/transform-geometry.ts';
import { repairGeometry, type RepairCode } from '../../shared/geo/repair-geometry.ts';
import { validateImportedGeometry } from '../../shared/geo/validate-geojson.ts';
import { importArea } from '../../shared/geo/langson-area.ts';
import { ImportRefused, type DeclaredCrs, type ImportLimits, type RawDataset } from './readers/reader-types.ts';
import { importTargetRules } from './import-targets.ts';

export type AttributeValue = string | number | boolean | null;

export interface StagedFeature {
  index: number;
  where: string;
  /** As the file wrote it (its CRS, its axis order, Z kept). */
  rawGeometry: Geometry | null;
  /** WGS84, repaired; null when there is none or it could not be made. */
  geometry: Geometry | null;
  attributes: Record<string, AttributeValue>;
  rejected: boolean;
}

export interface PipelineResult {
  crs: ImportCrs;
  features: StagedFeature[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
  attributeNames: string[];
}

export interface PipelineOptions {
  target: ImportTarget;
  limits: ImportLimits;
  /** The user's CRS (upload field or commit confirmation); overrides the file and the values. */
  crs?: ImportCrsCode | null;
  /** The user's axis order at commit; undefined: as detected. */
  swappedAxes?: boolean;
}

const repairMessages: Record<RepairCode | 'dropped-z', string> = {
  'removed-duplicate-vertices': 'Đã bỏ các đỉnh trùng liên tiếp / Removed duplicate consecutive vertices',
  'closed-ring': 'Đã khép vòng chưa khép / Closed an unclosed ring',
  'rewound-ring': 'Đã đảo chiều vòng theo RFC 7946 / Rewound rings to RFC 7946 (exterior counter-clockwise)',
  'dropped-z': 'Đã bỏ cao độ Z/M / Dropped Z/M values',
};

/** The declared EPSG code when it is one an import may be in. */
export function knownDeclaredCrs(declared: DeclaredCrs | null): ImportCrsCode | null {
  if (!declared?.epsg) return null;
  const code = `EPSG:${declared.epsg}`;
  return (importCrsCodes as readonly string[]).includes(code) ? (code as ImportCrsCode) : null;
}

function checkAttributeLimits(raw: RawDataset, limits: ImportLimits): void {
  raw.features.forEach((feature) => {
    const entries = Object.entries(feature.properties);
    if (entries.length > limits.maxAttributes) {
      throw new ImportRefused('too-many-attributes', `${feature.where}: ${entries.length} thuộc tính, tối đa ${limits.maxAttributes} / ${entries.length} attributes, at most ${limits.maxAttributes}`);
    }
    for (const [key, value] of entries) {
      if (key.length > limits.maxAttributeLength || (typeof value === 'string' && value.length > limits.maxAttributeLength)) {
        throw new ImportRefused('attribute-too-long', `${feature.where}: thuộc tính "${key.slice(0, 50)}" dài quá ${limits.maxAttributeLength} ký tự / attribute "${key.slice(0, 50)}" is longer than ${limits.maxAttributeLength} characters`);
      }
    }
  });
}

export function runImportPipeline(raw: RawDataset, options: PipelineOptions): PipelineResult {
  const { limits } = options;
  if (raw.features.length > limits.maxFeatures) {
    throw new ImportRefused('too-many-features', `Tệp có ${raw.features.length} đối tượng, tối đa ${limits.maxFeatures} / The file has ${raw.features.length} features, at most ${limits.maxFeatures}`);
  }
  checkAttributeLimits(raw, limits);

  const errors: ImportIssue[] = [...raw.errors];
  const warnings: ImportIssue[] = [...raw.warnings];
  const readerRejected = new Set(raw.errors.map((e) => e.feature).filter((i): i is number => i !== undefined));

  // Vertex limit before any transform: a pathological feature costs nothing more.
  const tooBig = new Set<number>();
  const samplePool: Position[] = [];
  raw.features.forEach((feature, index) => {
    if (!feature.geometry) return;
    const positions = positionsOf(feature.geometry);
    if (positions.length > limits.maxVerticesPerFeature) tooBig.add(index);
    else if (samplePool.length < 5000) samplePool.push(...positions.slice(0, 50));
  });

  const declared = knownDeclaredCrs(raw.declaredCrs);
  if (raw.declaredCrs?.epsg && !declared) {
    warnings.push({ code: 'declared-crs-unknown', message: `Hệ tọa độ khai báo EPSG:${raw.declaredCrs.epsg} không được hỗ trợ, đã đoán theo giá trị / The declared EPSG:${raw.declaredCrs.epsg} is not supported; guessed from the values` });
  }
  // GeoJSON without a crs member is WGS84 by RFC 7946 — but files written in VN-2000 without
  // saying so are common: that default holds only when the values fit it.
  const implicit = raw.declaredCrs?.source === 'geojson';
  let detected = detectCrs(samplePool, { declared: implicit ? null : declared, chosen: options.crs ?? null });
  if (implicit && declared && detected.evidence === 'value-range') {
    if (!fitsSomeCrs(samplePool) || detected.code === declared) detected = { ...detected, code: declared, evidence: 'declared' };
    else warnings.push({ code: 'crs-not-as-declared', message: `Tệp GeoJSON không khai báo hệ tọa độ nhưng giá trị không phải WGS84: đọc theo ${detected.code} / The GeoJSON declares no CRS but its values are not WGS84: read as ${detected.code}` });
  }
  const crs: ImportCrs = options.swappedAxes === undefined ? detected : { ...detected, swappedAxes: options.swappedAxes };
  if (crs.swappedAxes) {
    warnings.push({ code: 'swapped-axes', message: 'Tọa độ ghi X (bắc) trước Y (đông): đã đổi chỗ / The file writes northing before easting: axes swapped' });
  }

  const rules = { allowedTypes: importTargetRules[options.target].geometryTypes, area: importArea, maxVertices: limits.maxVerticesPerFeature };
  const attributeNames = new Set<string>();
  const features = raw.features.map((feature, index): StagedFeature => {
    Object.keys(feature.properties).forEach((name) => attributeNames.add(name));
    const staged: StagedFeature = { index, where: feature.where, rawGeometry: feature.geometry, geometry: null, attributes: feature.properties, rejected: true };
    if (readerRejected.has(index)) return staged;
    if (tooBig.has(index)) {
      errors.push({ feature: index, where: feature.where, code: 'too-many-vertices', message: `Quá ${limits.maxVerticesPerFeature} đỉnh / More than ${limits.maxVerticesPerFeature} vertices` });
      return staged;
    }
    let geometry: Geometry | null = null;
    const repairs: (RepairCode | 'dropped-z')[] = [];
    if (feature.geometry && feature.geometry.type !== 'GeometryCollection') {
      if (positionsOf(feature.geometry).some((p) => p.length > 2)) repairs.push('dropped-z');
      const repaired = repairGeometry(transformGeometryToWgs84(feature.geometry, crs.code, crs.swappedAxes));
      geometry = repaired.geometry;
      repairs.push(...repaired.repairs);
    } else if (feature.geometry) {
      geometry = feature.geometry;
    }
    const problems = validateImportedGeometry(geometry, rules);
    if (problems.length > 0) {
      const problem = problems[0]!;
      errors.push({ feature: index, where: feature.where, code: problem.code ?? 'invalid-geometry', message: problem.message });
      return { ...staged, geometry: geometry?.type === 'GeometryCollection' ? null : geometry };
    }
    for (const code of repairs) warnings.push({ feature: index, where: feature.where, code, message: repairMessages[code] });
    return { ...staged, geometry, rejected: false };
  });

  return { crs, features, errors, warnings, attributeNames: [...attributeNames] };
}
