/**
 * GeoPackage 1.3 export (OGC 12-128r18), written with better-sqlite3 into a temporary file that is
 * read back and deleted: application_id "GPKG", user_version 10300, gpkg_spatial_ref_sys with the
 * three required rows plus EPSG:9215 / EPSG:3405 (GDAL's OGC WKT, export-crs.ts), gpkg_contents,
 * gpkg_geometry_columns, and one feature table (fid, geom, the attributes) whose geometries are
 * GeoPackage binary (wkb-write.ts). No spatial index (optional in the standard).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Geometry } from 'geojson';
import { exportCrsByName, projectGeometry } from './export-crs.ts';
import type { ExportFeature, ExportFieldType } from './export-fields.ts';
import { envelopeOf, toGpkgGeometry } from './wkb-write.ts';
import { fieldsOf, safeBaseName, type WriterOptions } from './writer-options.ts';

const sqlType: Readonly<Record<ExportFieldType, string>> = { string: 'TEXT', integer: 'INTEGER', real: 'REAL', boolean: 'BOOLEAN', date: 'DATE' };

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/** GeoPackage's geometry_type_name: the one type all features share, else GEOMETRY. */
function geometryTypeName(geometries: readonly (Geometry | null)[]): string {
  const types = new Set(geometries.flatMap((g) => (g ? [g.type.toUpperCase()] : [])));
  if (types.size !== 1) return 'GEOMETRY';
  const [only] = [...types];
  return only === 'GEOMETRYCOLLECTION' ? 'GEOMETRYCOLLECTION' : (only as string);
}

export function writeGeoPackage(features: readonly ExportFeature[], options: WriterOptions): Uint8Array {
  const crs = exportCrsByName[options.crs];
  const fields = fieldsOf(features, options);
  const table = safeBaseName(options.layerName);
  const file = path.join(os.tmpdir(), `ezgis-export-${randomUUID()}.gpkg`);
  const db = new Database(file);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma(`application_id = ${0x47504b47}`);
    db.pragma('user_version = 10300');
    db.exec(`
      CREATE TABLE gpkg_spatial_ref_sys (
        srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL,
        organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
      CREATE TABLE gpkg_contents (
        table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE, description TEXT DEFAULT '',
        last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
        CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
      CREATE TABLE gpkg_geometry_columns (
        table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL,
        z TINYINT NOT NULL, m TINYINT NOT NULL,
        CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
        CONSTRAINT uk_gc_table_name UNIQUE (table_name),
        CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
        CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
    `);
    const insertSrs = db.prepare('INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)');
    insertSrs.run('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system');
    insertSrs.run('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system');
    // EPSG:4326 is required in every GeoPackage; the export's own CRS joins it.
    for (const entry of crs.epsg === 4326 ? [crs] : [exportCrsByName.wgs84, crs]) {
      insertSrs.run(entry.srsName, entry.epsg, 'EPSG', entry.epsg, entry.ogcWkt, entry.srsName);
    }

    const projected = features.map((f) => (f.geometry ? projectGeometry(options.crs, f.geometry) : null));
    const columns = fields.map((f) => `${quote(f.name)} ${sqlType[f.type]}`);
    db.exec(`CREATE TABLE ${quote(table)} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom ${geometryTypeName(projected)}${columns.map((c) => `, ${c}`).join('')})`);

    let box: [number, number, number, number] | null = null;
    for (const g of projected) {
      const e = g ? envelopeOf(g) : null;
      if (!e) continue;
      box = box ? [Math.min(box[0], e[0]), Math.min(box[1], e[1]), Math.max(box[2], e[2]), Math.max(box[3], e[3])] : e;
    }
    db.prepare('INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      table, 'features', options.title ?? table, `${options.title ?? table} (${crs.label})`, box?.[0] ?? null, box?.[1] ?? null, box?.[2] ?? null, box?.[3] ?? null, crs.epsg,
    );
    db.prepare('INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, ?, 0, 0)').run(table, 'geom', geometryTypeName(projected), crs.epsg);

    const insert = db.prepare(`INSERT INTO ${quote(table)} (geom${fields.map((f) => `, ${quote(f.name)}`).join('')}) VALUES (?${fields.map(() => ', ?').join('')})`);
    db.transaction(() => {
      features.forEach((feature, index) => {
        const geometry = projected[index];
        const values = fields.map((f) => {
          const value = feature.properties?.[f.name] ?? null;
          return typeof value === 'boolean' ? (value ? 1 : 0) : value;
        });
        insert.run(geometry ? Buffer.from(toGpkgGeometry(geometry, crs.epsg)) : null, ...values);
      });
    })();
    db.close();
    return new Uint8Array(fs.readFileSync(file));
  } finally {
    if (db.open) db.close();
    fs.rmSync(file, { force: true });
  }
}
