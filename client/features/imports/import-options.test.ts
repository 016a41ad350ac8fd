import { describe, expect, it } from 'vitest';
import { importCrsCodes } from '../../../shared/schemas/imports.ts';
import { committedLink, crsLabel, defaultMapping, hasAcceptedExtension, importTargetsForRole, mappingForCommit, parseUploadError, targetFieldLabel, targetFields } from './import-options.ts';

describe('importTargetsForRole', () => {
  it('gives planners plan revisions only', () => {
    expect(importTargetsForRole('planner')).toEqual(['plan-revision']);
  });

  it('gives Board officers lots, clearance boundaries and projects but not plan revisions', () => {
    expect(importTargetsForRole('officer')).toEqual(['land-lots', 'clearance-boundaries', 'projects']);
  });

  it('gives commune accounts clearance boundaries only', () => {
    expect(importTargetsForRole('commune')).toEqual(['clearance-boundaries']);
  });

  it('gives admins every target and anonymous visitors none', () => {
    expect(importTargetsForRole('admin')).toEqual(['plan-revision', 'land-lots', 'clearance-boundaries', 'projects']);
    expect(importTargetsForRole(null)).toEqual([]);
    expect(importTargetsForRole(undefined)).toEqual([]);
  });
});

describe('crsLabel', () => {
  it('names Lạng Sơn’s TM-3 meridian, UTM 48N and WGS84 with their EPSG codes', () => {
    expect(crsLabel('EPSG:9215', 'vi')).toBe('VN-2000 TM-3 107°15′ (Lạng Sơn) — EPSG:9215');
    expect(crsLabel('EPSG:3405', 'vi')).toBe('VN-2000 UTM 48N — EPSG:3405');
    expect(crsLabel('EPSG:4326', 'vi')).toBe('WGS84 (kinh độ, vĩ độ) — EPSG:4326');
    expect(crsLabel('EPSG:4326', 'en')).toBe('WGS84 (longitude, latitude) — EPSG:4326');
  });

  it('gives every import CRS a readable name that ends with its code', () => {
    for (const code of importCrsCodes) {
      const label = crsLabel(code, 'vi');
      expect(label.endsWith(` — ${code}`)).toBe(true);
      expect(label.length).toBeGreaterThan(code.length + 6);
    }
    expect(crsLabel('EPSG:5899', 'vi')).toContain('107°45′');
  });
});

describe('hasAcceptedExtension', () => {
  it('accepts the import formats whatever the case and refuses others', () => {
    expect(hasAcceptedExtension('QH_DieuChinh.ZIP')).toBe(true);
    expect(hasAcceptedExtension('bang-toa-do.xlsx')).toBe(true);
    expect(hasAcceptedExtension('ranh-gioi.kmz')).toBe(true);
    expect(hasAcceptedExtension('ban-ve.dwg')).toBe(false);
    expect(hasAcceptedExtension('zip')).toBe(false);
  });
});

describe('mapping', () => {
  it('lists the target layer’s fields, then fields only the server suggests', () => {
    const fields = targetFields('plan-revision', { landUse: 'chuc_nang', note: 'ghi_chu' });
    expect(fields.slice(0, 3)).toEqual(['zoneCode', 'name', 'landUse']);
    expect(fields.at(-1)).toBe('note');
    expect(fields.filter((field) => field === 'landUse')).toHaveLength(1);
  });

  it('prefills from the suggestion only where the file has that attribute', () => {
    const mapping = defaultMapping(['zoneCode', 'name', 'landUse'], { zoneCode: 'ma_khu', name: 'TEN', landUse: 'chuc_nang' }, ['ma_khu', 'chuc_nang', 'ten']);
    expect(mapping).toEqual({ zoneCode: 'ma_khu', name: '', landUse: 'chuc_nang' });
  });

  it('sends only mapped fields to imports.commit', () => {
    expect(mappingForCommit({ zoneCode: 'ma_khu', name: '', landUse: 'chuc_nang' })).toEqual({ zoneCode: 'ma_khu', landUse: 'chuc_nang' });
  });

  it('labels target fields from the layer registry, falling back to the key', () => {
    expect(targetFieldLabel('plan-revision', 'landUse', 'vi')).toBe('Chức năng sử dụng đất');
    expect(targetFieldLabel('land-lots', 'code', 'en')).toBe('Lot code');
    expect(targetFieldLabel('land-lots', 'park', 'en')).toBe('Park id');
    expect(targetFieldLabel('projects', 'unknownField', 'vi')).toBe('unknownField');
  });
});

describe('parseUploadError', () => {
  it('reads the door’s { error: { code, message, field } } body', () => {
    const body = JSON.stringify({ error: { code: 'path-traversal', message: 'Tệp nén chứa đường dẫn ../ / The archive has a ../ path', field: 'file' } });
    expect(parseUploadError(400, body)).toEqual({ status: 400, code: 'path-traversal', message: 'Tệp nén chứa đường dẫn ../ / The archive has a ../ path', field: 'file' });
  });

  it('leaves out an empty field', () => {
    expect(parseUploadError(413, JSON.stringify({ error: { code: 'file-too-large', message: 'Quá lớn / Too large', field: '' } }))).toEqual({ status: 413, code: 'file-too-large', message: 'Quá lớn / Too large' });
  });

  it('turns a body that is not the door’s into a code from the status, with no message', () => {
    expect(parseUploadError(502, '<html>Bad gateway</html>')).toEqual({ status: 502, code: 'server', message: '' });
    expect(parseUploadError(413, '')).toEqual({ status: 413, code: 'too-large', message: '' });
    expect(parseUploadError(401, '{"error":"no"}')).toEqual({ status: 401, code: 'unauthorized', message: '' });
    expect(parseUploadError(400, '{"error":{"code":7}}')).toEqual({ status: 400, code: 'invalid', message: '' });
  });
});

describe('committedLink', () => {
  it('opens a new revision on the plans page', () => {
    expect(committedLink({ target: 'plan-revision', revisionId: 'dd-ls-general-import-1', featureIds: ['a'] })).toBe('/quy-hoach?phuong-an=dd-ls-general-import-1');
  });

  it('opens the first boundary in the clearance workspace and a single project’s sheet', () => {
    expect(committedLink({ target: 'clearance-boundaries', featureIds: ['b 1', 'b2'] })).toBe('/giai-phong-mat-bang?ranh-gioi=b+1');
    expect(committedLink({ target: 'projects', featureIds: ['p1'] })).toBe('/du-an/p1');
    expect(committedLink({ target: 'projects', featureIds: ['p1', 'p2'] })).toBe('/du-an');
  });

  it('shows lots on the map, the first one selected', () => {
    expect(committedLink({ target: 'land-lots', featureIds: ['lot-1'] })).toBe('/#layers=land-lots&sel=land-lots:lot-1');
  });
});
