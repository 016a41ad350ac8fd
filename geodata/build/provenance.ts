/** Source, licence and attribution texts shared by the layers and the manifest. */
import type { ReferenceData } from './reference-data.ts';

export const OSM_LICENSE = 'ODbL 1.0';
export const OSM_ATTRIBUTION = '© OpenStreetMap contributors';
export const COMMUNES_LICENSE = 'MIT (thanglequoc/vietnamese-provinces-database)';

/** Licence of the layers whose geometry is clipped by, snapped to or placed on the OSM border/land. */
export const DERIVED_LICENSE = 'ODbL 1.0 (geometry derived from OpenStreetMap border and land data); commune outlines MIT (thanglequoc/vietnamese-provinces-database)';
export const DERIVED_ATTRIBUTION = '© OpenStreetMap contributors; communes: thanglequoc/vietnamese-provinces-database';

export const GENERATED_BY = 'geodata/build/build-demo.ts';

/** The Board's and the province's notices in ../shared/domain/seeds, as cited in source texts. */
export const notices = {
  may2024: 'Thông báo kết luận của Phó Chủ tịch UBND tỉnh Lạng Sơn tại buổi làm việc với Ban Quản lý Khu KTCK ngày 04/5/2024',
  aug2024: 'Thông báo kết luận của Chủ tịch UBND tỉnh Lạng Sơn tại cuộc họp ngày 23/8/2024 triển khai Quyết định 865/QĐ-TTg',
  sep2025: 'Thông báo kết luận của Phó Chủ tịch UBND tỉnh Lạng Sơn tại buổi làm việc với Ban Quản lý Khu KTCK ngày 08/9/2025',
  jun2026: 'Chương trình công tác tháng 6/2026 của Ban Quản lý Khu KTCK Đồng Đăng – Lạng Sơn (5/2026)',
  nov2025News: 'Tin báo chí tháng 11/2025 về đường chuyên dụng mốc 1119–1120 (theo BRIEF.md; bản gốc chưa được đối chiếu tại đây)',
} as const;

export function osmSource(reference: ReferenceData): string {
  return reference.vietnamLand.properties.source;
}

export function communeSource(reference: ReferenceData): string {
  return reference.communeMetadata.source;
}
