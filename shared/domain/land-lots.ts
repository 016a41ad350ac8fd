/**
 * Land offered to investors (issue 5): the parks and zones the brief names, lot statuses and the
 * infrastructure a lot may be ready with. Facts about a park (area, commune, developer) come from
 * REFERENCE.md §5.1 with its quality grade; nothing here is an official lot register.
 */

export const lotStatuses = [
  { code: 'available', vi: 'Còn trống', en: 'Available', zh: '可租' },
  { code: 'reserved', vi: 'Đang giữ chỗ', en: 'Reserved', zh: '已预留' },
  { code: 'leased', vi: 'Đã cho thuê', en: 'Leased', zh: '已出租' },
] as const;
export type LotStatus = (typeof lotStatuses)[number]['code'];
export const lotStatusCodes = lotStatuses.map((s) => s.code) as unknown as readonly [LotStatus, ...LotStatus[]];

/** The networks a lot may be connected to; each is ready, partly ready or only planned. */
export const utilities = [
  { code: 'road', vi: 'Đường giao thông', en: 'Road access', zh: '道路' },
  { code: 'power', vi: 'Điện', en: 'Power', zh: '电力' },
  { code: 'water', vi: 'Cấp nước', en: 'Water supply', zh: '供水' },
  { code: 'drainage', vi: 'Thoát nước', en: 'Drainage', zh: '排水' },
  { code: 'telecom', vi: 'Viễn thông', en: 'Telecom', zh: '通信' },
] as const;
export type Utility = (typeof utilities)[number]['code'];
export const utilityCodes = utilities.map((u) => u.code) as unknown as readonly [Utility, ...Utility[]];

export const readinessLevels = [
  { code: 'ready', vi: 'Đã sẵn sàng', en: 'Ready', zh: '已具备' },
  { code: 'partial', vi: 'Một phần', en: 'Partly ready', zh: '部分具备' },
  { code: 'planned', vi: 'Theo quy hoạch', en: 'Planned', zh: '规划中' },
] as const;
export type ReadinessLevel = (typeof readinessLevels)[number]['code'];
export const readinessLevelCodes = readinessLevels.map((r) => r.code) as unknown as readonly [ReadinessLevel, ...ReadinessLevel[]];

/** The lot property holding each utility's readiness (flat, so OGC filters and vector tiles carry it). */
export const readinessProperty = {
  road: 'readinessRoad',
  power: 'readinessPower',
  water: 'readinessWater',
  drainage: 'readinessDrainage',
  telecom: 'readinessTelecom',
} as const satisfies Record<Utility, string>;

/** A lot's own clearance state, used where no clearance boundary covers it (illustrative). */
export const lotClearanceStates = [
  { code: 'cleared', vi: 'Đã giải phóng mặt bằng', en: 'Site cleared', zh: '已完成征地拆迁' },
  { code: 'in-progress', vi: 'Đang giải phóng mặt bằng', en: 'Clearance in progress', zh: '征地拆迁中' },
  { code: 'not-started', vi: 'Chưa giải phóng mặt bằng', en: 'Clearance not started', zh: '尚未征地拆迁' },
] as const;
export type LotClearanceState = (typeof lotClearanceStates)[number]['code'];
export const lotClearanceStateCodes = lotClearanceStates.map((s) => s.code) as unknown as readonly [LotClearanceState, ...LotClearanceState[]];

export const parkKinds = [
  { code: 'industrial-park', vi: 'Khu công nghiệp', en: 'Industrial park', zh: '工业园区' },
  { code: 'logistics', vi: 'Khu logistics, kho bãi', en: 'Logistics and yards', zh: '物流仓储区' },
  { code: 'cooperation-zone', vi: 'Khu hợp tác', en: 'Cooperation zone', zh: '合作区' },
  { code: 'gate-services', vi: 'Khu dịch vụ cửa khẩu', en: 'Border-gate services', zh: '口岸服务区' },
] as const;
export type ParkKind = (typeof parkKinds)[number]['code'];

export interface Park {
  id: string;
  vi: string;
  en: string;
  zh: string;
  kind: ParkKind;
  /** The 2025 commune-level unit the lots lie in. */
  commune: string;
  /** What the sources say about the park, with their grade (REFERENCE.md §5.1); shown on the lot sheet. */
  facts: string;
}

export const parks = [
  {
    id: 'kcn-dong-banh',
    vi: 'Khu công nghiệp Đồng Bành',
    en: 'Đồng Bành industrial park',
    zh: '同彭工业园区',
    kind: 'industrial-park',
    commune: 'Tân Thành',
    facts: 'Khoảng 162 ha (ban đầu 321,76 ha), chủ đầu tư hạ tầng: Ban Quản lý Khu KTCK; ở xã Hòa Lạc cũ (nay xã Tân Thành) và thị trấn Chi Lăng cũ — REFERENCE.md §5.1, nguồn cấp thấp. Hồ sơ đề xuất dự án hạ tầng đang hoàn thiện (chương trình công tác 6/2026).',
  },
  {
    id: 'kcn-hong-phong',
    vi: 'Khu công nghiệp Hồng Phong',
    en: 'Hồng Phong industrial park',
    zh: '洪峰工业园区',
    kind: 'industrial-park',
    commune: 'Đồng Đăng',
    facts: 'Khoảng 400 ha, trong Khu KTCK, xã Hồng Phong cũ (nay thuộc xã Đồng Đăng) — REFERENCE.md §5.1, nguồn cấp thấp; vị trí vẽ là minh họa.',
  },
  {
    id: 'kcn-vsip-lang-son',
    vi: 'Khu công nghiệp VSIP Lạng Sơn',
    en: 'VSIP Lạng Sơn industrial park',
    zh: '谅山VSIP工业园区',
    kind: 'industrial-park',
    commune: 'Hữu Lũng',
    facts: 'KCN Hữu Lũng, khoảng 599,76 ha, khởi công 6/2024, ở xã Hồ Sơn và Hòa Thắng cũ — REFERENCE.md §5.1 (ước lượng vị trí ±3 km). Ban Quản lý thẩm định dự án của nhà đầu tư thứ cấp (6/2026).',
  },
  {
    id: 'logistics-huu-nghi',
    vi: 'Khu kho bãi, logistics cửa khẩu Hữu Nghị',
    en: 'Hữu Nghị gate logistics and yards',
    zh: '友谊口岸物流仓储区',
    kind: 'logistics',
    commune: 'Đồng Đăng',
    facts: 'Các dự án bến bãi khu vực cửa khẩu Hữu Nghị (thông báo 5/2024, 8/2024); ranh giới các lô là minh họa.',
  },
  {
    id: 'logistics-tan-thanh',
    vi: 'Khu kho bãi, logistics cửa khẩu Tân Thanh',
    en: 'Tân Thanh gate logistics and yards',
    zh: '新清口岸物流仓储区',
    kind: 'logistics',
    commune: 'Hoàng Văn Thụ',
    facts: 'Các dự án bến bãi khu vực cửa khẩu Tân Thanh (thông báo 5/2024, 8/2024); ranh giới các lô là minh họa.',
  },
  {
    id: 'hop-tac-tan-thanh-po-chai',
    vi: 'Khu hợp tác thương mại, du lịch Tân Thanh – Pò Chài',
    en: 'Tân Thanh – Pò Chài trade and tourism cooperation zone',
    zh: '新清—浦寨商贸旅游合作区',
    kind: 'cooperation-zone',
    commune: 'Hoàng Văn Thụ',
    facts: 'Dự án hỗ trợ kỹ thuật do Quỹ đặc biệt Hợp tác Mê Công – Lan Thương tài trợ; tiến độ thực hiện phê duyệt tại Quyết định số 474/QĐ-UBND ngày 26/02/2025 của Chủ tịch UBND tỉnh (thông báo 9/2025). Ranh giới khu và các lô là minh họa.',
  },
  {
    id: 'cua-khau-chi-ma',
    vi: 'Khu dịch vụ thương mại cửa khẩu Chi Ma',
    en: 'Chi Ma border-gate commercial services',
    zh: '支麻口岸商贸服务区',
    kind: 'gate-services',
    commune: 'Mẫu Sơn',
    facts: 'Quy hoạch chung xây dựng khu vực cửa khẩu Chi Ma đến 2045 đang hoàn thiện hồ sơ (6/2026). Lô CC7: dự án công trình dịch vụ thương mại đã ngừng, Ban Quản lý kiểm tra điều kiện khắc phục (6/2026).',
  },
] as const satisfies readonly Park[];

export type ParkId = (typeof parks)[number]['id'];
export const parkIds = parks.map((p) => p.id) as unknown as readonly [ParkId, ...ParkId[]];

const parkById = new Map<string, Park>(parks.map((p) => [p.id, p]));

export function findPark(id: string): Park | undefined {
  return parkById.get(id);
}

/** The Board's department for investors (BRIEF.md "Who": planning & investment, industrial parks). No phone or e-mail is given in the sources. */
export const BOARD_CONTACT = 'Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn (Phòng Kế hoạch tổng hợp)';

/**
 * Lạng Sơn city centre (former city centre, now phường Đông Kinh): 21.85667 N, 106.76611 E,
 * vi.wikipedia, as recorded in REFERENCE.md §5.1 — a reference point for distances, not a survey mark.
 */
export const LANG_SON_CITY_CENTRE: readonly [number, number] = [106.76611, 21.85667];
