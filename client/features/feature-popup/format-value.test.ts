import { describe, expect, it } from 'vitest';
import { findLayer } from '../../../shared/layers/registry.ts';
import { deserialise, featureTitle, formatDate, formatPropertyValue, isIllustrative, propertyRows } from './format-value.ts';

const vi = { language: 'vi' } as const;
const en = { language: 'en' } as const;

describe('formatPropertyValue', () => {
  it('says Có/Không for booleans, Yes/No in English', () => {
    expect(formatPropertyValue('communes', 'inZone', true, vi)).toBe('Có');
    expect(formatPropertyValue('communes', 'inZone', false, vi)).toBe('Không');
    expect(formatPropertyValue('communes', 'inZone', true, en)).toBe('Yes');
  });

  it('formats numbers in the locale', () => {
    expect(formatPropertyValue('communes', 'areaHa', 9148.256, vi)).toBe('9.148,26');
    expect(formatPropertyValue('communes', 'areaHa', 9148.256, en)).toBe('9,148.26');
  });

  it('names land-use classes, project statuses and kinds, clearance stages from the domain tables', () => {
    expect(formatPropertyValue('planning-zones', 'landUse', 'DAT_SX_Congnghiep', vi)).toBe('Đất sản xuất công nghiệp, kho bãi');
    expect(formatPropertyValue('planning-zones', 'landUse', 'DAT_SX_Congnghiep', en)).toBe('Industry, warehousing and logistics');
    expect(formatPropertyValue('projects', 'status', 'final-accounts-overdue', vi)).toBe('Chậm quyết toán');
    expect(formatPropertyValue('projects', 'kind', 'non-budget', en)).toBe('Non-budget (private)');
    expect(formatPropertyValue('clearance-boundaries', 'stage', 'inventoried', vi)).toBe('Đã kiểm đếm');
  });

  it('names the status and clearance state of a land lot from the land-lot tables', () => {
    expect(formatPropertyValue('land-lots', 'status', 'available', vi)).toBe('Còn trống');
    expect(formatPropertyValue('land-lots', 'status', 'leased', en)).toBe('Leased');
    expect(formatPropertyValue('land-lots', 'clearance', 'in-progress', vi)).toBe('Đang giải phóng mặt bằng');
  });

  it('names gate kinds and the not-agreed location', () => {
    expect(formatPropertyValue('border-gates', 'kind', 'international', vi)).toBe('Cửa khẩu quốc tế');
    expect(formatPropertyValue('border-gates', 'locationStatus', 'not-agreed', vi)).toBe('Vị trí chưa thống nhất');
    expect(formatPropertyValue('border-gates', 'locationStatus', 'not-agreed', en)).toBe('Location not yet agreed');
  });

  it('leaves free-text statuses of other layers as they are', () => {
    expect(formatPropertyValue('cargo-lanes', 'status', 'đang mở rộng', vi)).toBe('đang mở rộng');
  });

  it('formats ISO dates without a time-zone shift', () => {
    expect(formatDate('2025-09-30', 'vi')).toBe('30/09/2025');
    expect(formatDate('2025-09-30', 'en')).toBe('Sep 30, 2025');
    expect(formatPropertyValue('projects', 'finalAccountsDeadline', '2025-09-30', vi)).toBe('30/09/2025');
  });

  it('joins arrays, with semicolons when items hold commas', () => {
    expect(formatPropertyValue('projects', 'decisions', ['QĐ 865/QĐ-TTg', 'QĐ 474/QĐ-UBND'], vi)).toBe('QĐ 865/QĐ-TTg, QĐ 474/QĐ-UBND');
    expect(formatPropertyValue('projects', 'decisions', ['QĐ 1, 2024', 'QĐ 2'], vi)).toBe('QĐ 1, 2024; QĐ 2');
  });

  it('describes lane phases with their lanes and source', () => {
    const phases = [{ phase: 'Giai đoạn 1', lanes: 6, source: 'TB 2024' }, { phase: 'Giai đoạn 2', lanes: 8, source: 'TB 2024' }];
    expect(formatPropertyValue('cargo-lanes', 'lanePhases', phases, vi)).toBe('Giai đoạn 1: 6 làn (TB 2024), Giai đoạn 2: 8 làn (TB 2024)');
    expect(formatPropertyValue('cargo-lanes', 'lanePhases', [{ phase: 'Phase 1', lanes: 1, source: 's' }], en)).toBe('Phase 1: 1 lane (s)');
  });

  it('reads arrays that tiles flattened to JSON strings', () => {
    expect(deserialise('["a","b"]')).toEqual(['a', 'b']);
    expect(deserialise('[not json')).toBe('[not json');
    expect(formatPropertyValue('projects', 'decisions', '["QĐ 865/QĐ-TTg"]', vi)).toBe('QĐ 865/QĐ-TTg');
  });

  it('replaces referenced project ids with their names', () => {
    const references = new Map([['project-cargo-1119', 'Mở rộng đường chuyên dụng 1119–1120']]);
    expect(formatPropertyValue('clearance-boundaries', 'projectId', 'project-cargo-1119', { language: 'vi', references })).toBe('Mở rộng đường chuyên dụng 1119–1120');
    expect(formatPropertyValue('resettlement-areas', 'forProjects', ['project-cargo-1119', 'unknown'], { language: 'vi', references })).toBe('Mở rộng đường chuyên dụng 1119–1120, unknown');
  });

  it('has nothing to show for null, empty strings and empty lists', () => {
    expect(formatPropertyValue('projects', 'note', null, vi)).toBeUndefined();
    expect(formatPropertyValue('projects', 'note', '', vi)).toBeUndefined();
    expect(formatPropertyValue('projects', 'decisions', [], vi)).toBeUndefined();
  });
});

describe('propertyRows', () => {
  const gates = findLayer('border-gates')!;
  const properties = {
    name: 'Hữu Nghị', nameEn: 'Huu Nghi', kind: 'international', commune: 'Đồng Đăng', locationStatus: 'approximate',
    positionAccuracyM: 300, source: 'REFERENCE.md §5.1', illustrative: false, note: '',
  };

  it('lists the registry fields in order with labels in the language, without name and source', () => {
    expect(propertyRows(gates, properties, vi)).toEqual([
      { key: 'kind', label: 'Loại cửa khẩu', value: 'Cửa khẩu quốc tế' },
      { key: 'commune', label: 'Xã, phường', value: 'Đồng Đăng' },
      { key: 'locationStatus', label: 'Vị trí', value: 'Vị trí gần đúng' },
      { key: 'positionAccuracyM', label: 'Sai số vị trí (m)', value: '300' },
    ]);
  });

  it('titles the feature by its English name in English', () => {
    expect(featureTitle(gates, properties, 'vi')).toBe('Hữu Nghị');
    expect(featureTitle(gates, properties, 'en')).toBe('Huu Nghi');
  });

  it('reads the illustrative flag as a boolean or a tile string', () => {
    expect(isIllustrative({ illustrative: true })).toBe(true);
    expect(isIllustrative({ illustrative: 'true' })).toBe(true);
    expect(isIllustrative({ illustrative: false })).toBe(false);
  });
});
