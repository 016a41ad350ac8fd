/**
 * GeoPackage reader: the upload is an SQLite database from a stranger, so it is copied to a
 * private temp folder, opened read-only with untrusted schema objects disarmed
 * (trusted_schema=OFF: views and triggers may not call functions with side effects), read only
 * through the GeoPackage metadata tables, and the folder is always removed. Views are refused as
 * feature tables: their SQL runs on our server.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { ImportIssue } from '../../../shared/schemas/imports.ts';
import { prjToEpsg } from './prj-to-epsg.ts';
import { checkFileSize, enforceDatasetLimits, featureWhere, toAttributeValue, type AttributeValue } from './reader-support.ts';
import { ImportRefused, type DeclaredCrs, type ImportFile, type ImportLimits, type RawDataset, type RawFeature } from './reader-types.ts';
import { readGeoPackageGeometry, WkbError } from './wkb-read.ts';

/** Temp folders of this reader start with this, so tests can prove none is left behind. */
export const geoPackageTempPrefix = 'ezgis-gpkg-';

/** 'GPKG' (1.2+), 'GP10', 'GP11' as SQLite application_id values. */
const geoPackageApplicationIds = new Set([0x47504b47, 0x47503130, 0x47503131]);
const sqliteMagic = 'SQLite format 3\0';

interface FeatureTable {
  table_name: string;
  column_name: string;
  srs_id: number;
}

interface SrsRow {
  srs_name: string | null;
  organization: string | null;
  organization_coordsys_id: number | null;
  definition: string | null;
}

const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

function refuse(code: string, message: string): never {
  throw new ImportRefused(code, message);
}

function declaredCrsOf(db: Database.Database, srsId: number): DeclaredCrs {
  const row = db.prepare('SELECT srs_name, organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?').get(srsId) as SrsRow | undefined;
  if (!row) return { epsg: null, definition: null, source: 'geopackage' };
  const definition = row.definition && row.definition.trim() !== 'undefined' ? row.definition : row.srs_name;
  if (row.organization?.toUpperCase() === 'EPSG' && row.organization_coordsys_id !== null && row.organization_coordsys_id > 0) {
    return { epsg: Number(row.organization_coordsys_id), definition, source: 'geopackage' };
  }
  return { epsg: row.definition ? prjToEpsg(row.definition) : null, definition, source: 'geopackage' };
}

function readTables(db: Database.Database, limits: ImportLimits): RawDataset {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const hasTable = (name: string) => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
  if (!geoPackageApplicationIds.has(applicationId >>> 0) || !hasTable('gpkg_contents') || !hasTable('gpkg_geometry_columns') || !hasTable('gpkg_spatial_ref_sys')) {
    refuse('geopackage-not-geopackage', 'Tệp là cơ sở dữ liệu SQLite nhưng không phải GeoPackage (thiếu mã ứng dụng GPKG hoặc bảng gpkg_contents) / The file is an SQLite database but not a GeoPackage (no GPKG application id or gpkg_contents table)');
  }
  const tables = db.prepare(
    "SELECT c.table_name, g.column_name, g.srs_id FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name WHERE c.data_type = 'features' ORDER BY c.table_name",
  ).all() as FeatureTable[];
  if (tables.length === 0) refuse('geopackage-no-features', 'GeoPackage không có lớp đối tượng nào / The GeoPackage has no features table');

  const features: RawFeature[] = [];
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  let declaredCrs: DeclaredCrs | null = null;
  for (const table of tables) {
    const schema = db.prepare('SELECT type, sql FROM sqlite_master WHERE name = ?').get(table.table_name) as { type: string; sql: string | null } | undefined;
    if (schema?.type === 'view') refuse('geopackage-view', `Lớp '${table.table_name}' của GeoPackage là một view (truy vấn SQL), không phải bảng; hãy xuất lại thành bảng / GeoPackage layer '${table.table_name}' is a view (an SQL query), not a table; export it again as a table`);
    if (schema?.type !== 'table') refuse('geopackage-unreadable', `GeoPackage khai báo lớp '${table.table_name}' nhưng không có bảng đó / The GeoPackage lists layer '${table.table_name}' but has no such table`);
    if (/^\s*CREATE\s+VIRTUAL/i.test(schema.sql ?? '')) refuse('geopackage-virtual-table', `Lớp '${table.table_name}' của GeoPackage là bảng ảo; hãy xuất lại thành bảng thường / GeoPackage layer '${table.table_name}' is a virtual table; export it again as a plain table`);
    // hidden 2/3 = generated columns: their expressions run on every read (zeroblob(10^9) per row…).
    const columns = db.prepare('SELECT name, type, pk, hidden FROM pragma_table_xinfo(?)').all(table.table_name) as Array<{ name: string; type: string; pk: number; hidden: number }>;
    const generated = columns.find((c) => c.hidden === 2 || c.hidden === 3);
    if (generated) {
      refuse('geopackage-generated-column', `Cột '${generated.name}' của lớp '${table.table_name}' là cột tính toán; vì an toàn, GeoPackage bị từ chối — hãy xuất lại không có cột này / Column '${generated.name}' of layer '${table.table_name}' is a generated column; the GeoPackage is refused for safety — export it again without that column`);
    }
    if (!columns.some((c) => c.name === table.column_name)) refuse('geopackage-unreadable', `Lớp '${table.table_name}' không có cột hình '${table.column_name}' / Layer '${table.table_name}' has no geometry column '${table.column_name}'`);
    const count = (db.prepare(`SELECT count(*) AS n FROM ${quoteIdentifier(table.table_name)}`).get() as { n: number }).n;
    if (features.length + count > limits.maxFeatures) {
      refuse('too-many-features', `GeoPackage có hơn ${limits.maxFeatures} đối tượng, vượt giới hạn mỗi lần nhập / The GeoPackage has more than the limit of ${limits.maxFeatures} features per import`);
    }
    const layerCrs = declaredCrsOf(db, table.srs_id);
    if (!declaredCrs) declaredCrs = layerCrs;
    else if (layerCrs.epsg !== declaredCrs.epsg) {
      warnings.push({ code: 'layers-differ-in-crs', message: `Lớp '${table.table_name}' khai báo hệ tọa độ khác lớp đầu tiên; toàn bộ tệp được coi là cùng hệ tọa độ của lớp đầu tiên / Layer '${table.table_name}' declares another CRS than the first layer; the whole file is taken to be in the first layer's CRS` });
    }
    // The integer primary key is the row id GDAL adds (fid): not an attribute of the feature.
    const attributeColumns = columns.filter((c) => c.name !== table.column_name && !(c.pk === 1 && columns.filter((k) => k.pk > 0).length === 1));
    const layerName = tables.length > 1 ? table.table_name : undefined;
    const rows = db.prepare(`SELECT * FROM ${quoteIdentifier(table.table_name)}`).safeIntegers(false).iterate() as IterableIterator<Record<string, unknown>>;
    let index = 0;
    for (const row of rows) {
      index++;
      const where = featureWhere(index, layerName);
      const properties: Record<string, AttributeValue> = {};
      for (const column of attributeColumns) {
        const value = row[column.name];
        // GeoPackage BOOLEAN columns hold 0/1 (GeoPackage 1.3 §1.1.1.1.1): give back the boolean.
        properties[column.name.normalize('NFC')] = column.type.toUpperCase() === 'BOOLEAN' && (value === 0 || value === 1) ? value === 1 : toAttributeValue(value);
      }
      const blob = row[table.column_name];
      let geometry: RawFeature['geometry'] = null;
      if (blob instanceof Uint8Array) {
        try {
          geometry = readGeoPackageGeometry(blob, limits.maxDepth).geometry;
        } catch (error) {
          if (!(error instanceof WkbError)) throw error;
          errors.push({ feature: features.length, where, code: 'geometry-unreadable', message: `Hình không đọc được / The geometry cannot be read: ${error.message}` });
        }
      }
      features.push({ geometry, properties, where });
    }
  }
  return { format: 'geopackage', features, declaredCrs, errors, warnings };
}

/** A GeoPackage (.gpkg): every features table, raw coordinates, srs from gpkg_spatial_ref_sys. */
export async function readGeoPackage(file: ImportFile, limits: ImportLimits): Promise<RawDataset> {
  checkFileSize(file.bytes, limits);
  if (file.bytes.byteLength < 100 || new TextDecoder('latin1').decode(file.bytes.subarray(0, 16)) !== sqliteMagic) {
    refuse('geopackage-not-sqlite', 'Tệp không phải GeoPackage: không phải cơ sở dữ liệu SQLite / The file is not a GeoPackage: it is not an SQLite database');
  }
  const folder = mkdtempSync(join(tmpdir(), geoPackageTempPrefix));
  let db: Database.Database | undefined;
  try {
    const copy = Uint8Array.from(file.bytes);
    // Bytes 18–19 = 2 mark WAL mode; the upload never brings its -wal file, so the copy is read
    // as a rollback-journal database and SQLite has no reason to create -wal/-shm files.
    if (copy[18] === 2 && copy[19] === 2) copy[18] = copy[19] = 1;
    const path = join(folder, 'upload.gpkg');
    writeFileSync(path, copy);
    try {
      db = new Database(path, { readonly: true, fileMustExist: true });
      db.pragma('trusted_schema = OFF');
      db.pragma('cell_size_check = ON');
      db.pragma('mmap_size = 0');
      return enforceDatasetLimits(readTables(db, limits), limits);
    } catch (error) {
      if (error instanceof ImportRefused) throw error;
      const reason = error instanceof Error ? error.message : 'lỗi không rõ';
      throw new ImportRefused('geopackage-unreadable', `GeoPackage không đọc được / The GeoPackage cannot be read (${reason})`);
    }
  } finally {
    db?.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
