import { describe, expect, it } from 'vitest';
import { foldForSearch, searchWords } from './fold-for-search.ts';

describe('foldForSearch', () => {
  it('drops tone and vowel marks and folds đ to d', () => {
    expect(foldForSearch('Đồng Đăng')).toBe('dong dang');
    expect(foldForSearch('Cửa khẩu quốc tế Hữu Nghị')).toBe('cua khau quoc te huu nghi');
    expect(foldForSearch('Khu công nghiệp Đồng Bành')).toBe('khu cong nghiep dong banh');
  });

  it('turns punctuation into word breaks', () => {
    expect(foldForSearch('Mốc 1088/2')).toBe('moc 1088 2');
    expect(foldForSearch('Lô HP-CN-01 – KCN Hồng Phong')).toBe('lo hp cn 01 kcn hong phong');
  });

  it('keeps Chinese characters', () => {
    expect(foldForSearch('Hữu Nghị Quan (友谊关)')).toBe('huu nghi quan 友谊关');
  });

  it('splits a query into at most eight words', () => {
    expect(searchWords('  "1088/2"  ')).toEqual(['1088', '2']);
    expect(searchWords('a b c d e f g h i j')).toHaveLength(8);
    expect(searchWords('–/ ')).toEqual([]);
  });
});
