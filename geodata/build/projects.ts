/**
 * Every investment project named in BRIEF.md. Names, status, deadlines, investors, decisions and
 * capital are taken from the notices in ../shared/domain/seeds (decision numbers exactly as written
 * there; none invented). Progress percentages appear in no source and are left out. Geometry is
 * illustrative (project-sites.ts).
 */
import type { Feature, Geometry, LineString, Polygon, Position } from 'geojson';
import type { ProjectProperties } from '../../shared/schemas/layer-properties.ts';
import { demoFeature, type DemoGeometry } from './demo-feature.ts';
import { HUU_NGHI_UPGRADE_FROM_METRES, HUU_NGHI_UPGRADE_TO_METRES, projectSites, type ProjectSites } from './project-sites.ts';
import { HUU_NGHI_GATE_ROAD_ID } from './road-centrelines.ts';
import { notices } from './provenance.ts';
import type { ReferenceData } from './reference-data.ts';

const BOARD = 'Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn';
const PROVINCIAL_PROJECT_BOARD = 'Ban Quản lý dự án đầu tư xây dựng tỉnh Lạng Sơn';
const SMART_GATE_DECISION = '865/QĐ-TTg (17/8/2024)';
/** "Dứt điểm trong tháng 9/2025" (Sep 2025 notice): the last day of that month. */
const SEP_2025_DEADLINE = '2025-09-30';
const LOCATION_ILLUSTRATIVE = 'vị trí: minh họa (không có dữ liệu vị trí dự án trong nguồn)';

function source(...documents: string[]): string {
  return `Tên, tình trạng, thời hạn: ${documents.join('; ')}; ${LOCATION_ILLUSTRATIVE}.`;
}

interface ProjectDefinition {
  id: string;
  site: keyof ProjectSites;
  properties: ProjectProperties;
}

const finalAccountsNote = 'Thông báo 9/2025 yêu cầu rà soát, kiểm tra thanh quyết toán và thực hiện dứt điểm trong tháng 9/2025; các văn bản nguồn sau đó không ghi nhận đã hoàn thành.';

export const projectDefinitions: readonly ProjectDefinition[] = [
  {
    id: 'project-binh-nghi-office',
    site: 'binhNghiOffice',
    properties: {
      name: 'Nhà làm việc liên ngành và nhà công vụ cửa khẩu Bình Nghi',
      nameEn: 'Inter-agency office and staff housing, Bình Nghi border gate',
      kind: 'public',
      sector: 'Hạ tầng cửa khẩu',
      responsibleUnit: BOARD,
      status: 'final-accounts-overdue',
      finalAccountsDeadline: SEP_2025_DEADLINE,
      decisions: [],
      gate: 'Bình Nghi',
      commune: 'Quốc Việt',
      note: 'Chậm quyết toán: thông báo 5/2024 đã yêu cầu thực hiện dứt điểm; thông báo 9/2025 yêu cầu quyết toán trong tháng 9/2025 theo Công văn số 1001/UBND-KTCN ngày 23/5/2025 của UBND tỉnh.',
      source: source(notices.may2024, notices.sep2025),
      illustrative: true,
    },
  },
  {
    id: 'project-dong-banh-ip-road-phase-1',
    site: 'dongBanhRoad',
    properties: {
      name: 'Đường giao thông khu công nghiệp Đồng Bành (giai đoạn 1)',
      nameEn: 'Đồng Bành industrial park road, phase 1',
      kind: 'public',
      sector: 'Giao thông, hạ tầng khu công nghiệp',
      responsibleUnit: BOARD,
      status: 'final-accounts-overdue',
      finalAccountsDeadline: SEP_2025_DEADLINE,
      decisions: [],
      commune: 'Tân Thành',
      note: 'Chậm quyết toán: Công văn số 4969/VP-KTCN ngày 11/7/2025 yêu cầu xử lý dứt điểm vướng mắc hồ sơ quyết toán; thông báo 9/2025 yêu cầu quyết toán trong tháng 9/2025. KCN Đồng Bành thuộc xã Hòa Lạc cũ (nay xã Tân Thành) và thị trấn Chi Lăng cũ.',
      source: source(notices.may2024, notices.sep2025),
      illustrative: true,
    },
  },
  {
    id: 'project-chi-ma-branch-roads',
    site: 'chiMaBranchRoads',
    properties: {
      name: 'Cải tạo, nâng cấp nhánh Đông, nhánh Tây, đường nội bộ khu vực cửa khẩu Chi Ma',
      nameEn: 'Chi Ma border gate: east and west branch and internal roads upgrade',
      kind: 'public',
      sector: 'Giao thông cửa khẩu',
      responsibleUnit: BOARD,
      status: 'final-accounts-overdue',
      finalAccountsDeadline: SEP_2025_DEADLINE,
      decisions: [],
      gate: 'Chi Ma',
      commune: 'Mẫu Sơn',
      note: finalAccountsNote,
      source: source(notices.sep2025),
      illustrative: true,
    },
  },
  {
    id: 'project-ban-gieng-road',
    site: 'banGiengRoad',
    properties: {
      name: 'Đường Bản Giểng (nối từ đường Chi Ma – Tú Mịch sang Co Sa)',
      nameEn: 'Bản Giểng road (from the Chi Ma – Tú Mịch road to Co Sa)',
      kind: 'public',
      sector: 'Giao thông cửa khẩu',
      responsibleUnit: BOARD,
      status: 'final-accounts-overdue',
      finalAccountsDeadline: SEP_2025_DEADLINE,
      decisions: [],
      gate: 'Chi Ma',
      commune: 'Mẫu Sơn',
      note: `${finalAccountsNote} Điểm cuối phía Co Sa vẽ tới vùng vị trí lối thông quan Co Sa – Nà Ủ (chưa thống nhất với phía Trung Quốc).`,
      source: source(notices.sep2025),
      illustrative: true,
    },
  },
  {
    id: 'project-chi-ma-control-house-1',
    site: 'chiMaControlHouse',
    properties: {
      name: 'Nhà kiểm soát liên ngành số 1 cửa khẩu Chi Ma',
      nameEn: 'Inter-agency control house no. 1, Chi Ma border gate',
      kind: 'public',
      sector: 'Hạ tầng cửa khẩu',
      responsibleUnit: BOARD,
      status: 'final-accounts-overdue',
      finalAccountsDeadline: SEP_2025_DEADLINE,
      decisions: [],
      gate: 'Chi Ma',
      commune: 'Mẫu Sơn',
      note: finalAccountsNote,
      source: source(notices.sep2025),
      illustrative: true,
    },
  },
  {
    id: 'project-tu-mich-na-cang-road',
    site: 'tuMichNaCangRoad',
    properties: {
      name: 'Cải tạo, nâng cấp đường Tú Mịch – Nà Căng',
      nameEn: 'Tú Mịch – Nà Căng road upgrade',
      kind: 'public',
      sector: 'Giao thông',
      responsibleUnit: BOARD,
      status: 'final-accounts-overdue',
      finalAccountsDeadline: SEP_2025_DEADLINE,
      decisions: [],
      gate: 'Chi Ma',
      commune: 'Mẫu Sơn',
      note: finalAccountsNote,
      source: source(notices.sep2025),
      illustrative: true,
    },
  },
  {
    id: 'project-huu-nghi-automatic-barrier',
    site: 'huuNghiBarrier',
    properties: {
      name: 'Lắp đặt hệ thống barie tự động tại cửa khẩu quốc tế Hữu Nghị',
      nameEn: 'Automatic barrier system, Hữu Nghị international border gate',
      kind: 'public',
      sector: 'Hạ tầng cửa khẩu, công nghệ',
      responsibleUnit: BOARD,
      status: 'halted',
      decisions: [],
      gate: 'Hữu Nghị',
      commune: 'Đồng Đăng',
      note: 'Tạm dừng sau vụ cháy công trình; chờ kết luận của Công an tỉnh để triển khai lại, đồng bộ với dự án nâng cấp, mở rộng tuyến chính đường nội bộ khu vực cửa khẩu Hữu Nghị (Km1+106,19 – Km1+838,85).',
      source: source(notices.sep2025),
      illustrative: true,
    },
  },
  {
    id: 'project-cargo-road-1119-1120',
    site: 'cargoRoad1119',
    properties: {
      name: 'Mở rộng đường chuyên dụng vận chuyển hàng hóa khu vực mốc 1119–1120 từ 06 làn xe lên 08 làn xe',
      nameEn: 'Widening of the cargo road at markers 1119–1120 from 6 to 8 lanes',
      kind: 'public',
      sector: 'Cửa khẩu thông minh, giao thông',
      investor: PROVINCIAL_PROJECT_BOARD,
      status: 'preparing',
      decisions: [SMART_GATE_DECISION],
      capitalBillionVnd: 174.7,
      capitalSource: 'Tin báo chí 11/2025: giai đoạn 2 mở rộng lên 14 làn, 174,7 tỷ đồng (thông báo 8/2024 nêu mục tiêu 6 → 8 làn và không nêu vốn).',
      gate: 'Hữu Nghị',
      commune: 'Đồng Đăng',
      note: 'Thông báo 8/2024 giao Ban Quản lý dự án đầu tư xây dựng tỉnh làm chủ đầu tư và yêu cầu khảo sát, thiết kế, lập dự án ngay (tình trạng "chuẩn bị" lấy theo thông báo này). Tin 11/2025: giai đoạn 1 mở rộng 4 → 6 làn, giai đoạn 2 lên 14 làn — hai nguồn khác nhau về số làn.',
      source: `${source(notices.aug2024)} Vốn: ${notices.nov2025News}.`,
      illustrative: true,
    },
  },
  {
    id: 'project-cargo-road-1088-2-1089',
    site: 'cargoRoad1088',
    properties: {
      name: 'Mở rộng đường chuyên dụng vận chuyển hàng hóa khu vực mốc 1088/2–1089 từ 04 làn xe lên 08 làn xe',
      nameEn: 'Widening of the cargo road at markers 1088/2–1089 from 4 to 8 lanes',
      kind: 'public',
      sector: 'Cửa khẩu thông minh, giao thông',
      investor: PROVINCIAL_PROJECT_BOARD,
      status: 'preparing',
      decisions: [SMART_GATE_DECISION],
      gate: 'Tân Thanh',
      commune: 'Hoàng Văn Thụ',
      note: 'Thuộc cặp cửa khẩu quốc tế Hữu Nghị – Hữu Nghị Quan. Thông báo 8/2024 giao Ban Quản lý dự án đầu tư xây dựng tỉnh làm chủ đầu tư; các xã chuẩn bị giải phóng mặt bằng.',
      source: source(notices.aug2024),
      illustrative: true,
    },
  },
  {
    id: 'project-inter-agency-building-1088-2-1089',
    site: 'interAgencyBuilding1088',
    properties: {
      name: 'Tòa nhà làm việc liên ngành tại đường chuyên dụng vận chuyển hàng hóa khu vực mốc 1088/2–1089',
      nameEn: 'Inter-agency building at the cargo road, markers 1088/2–1089',
      kind: 'public',
      sector: 'Cửa khẩu thông minh, hạ tầng cửa khẩu',
      investor: PROVINCIAL_PROJECT_BOARD,
      status: 'preparing',
      decisions: [SMART_GATE_DECISION],
      gate: 'Tân Thanh',
      commune: 'Hoàng Văn Thụ',
      source: source(notices.aug2024),
      illustrative: true,
    },
  },
  {
    id: 'project-huu-nghi-internal-road-upgrade',
    site: 'huuNghiInternalRoad',
    properties: {
      name: 'Nâng cấp, mở rộng tuyến chính đường nội bộ khu vực cửa khẩu Hữu Nghị đoạn Km1+106,19 – Km1+838,85',
      nameEn: 'Hữu Nghị border gate main internal road upgrade, Km1+106.19 – Km1+838.85',
      kind: 'public',
      sector: 'Giao thông cửa khẩu',
      responsibleUnit: BOARD,
      status: 'preparing',
      decisions: [],
      gate: 'Hữu Nghị',
      commune: 'Đồng Đăng',
      note: 'Dự kiến triển khai trong kế hoạch đầu tư công giai đoạn 2026–2030. Tuyến vẽ 732,66 m (Km1+106,19 – Km1+838,85) trên trục minh họa tính lý trình từ cửa khẩu.',
      roadId: HUU_NGHI_GATE_ROAD_ID,
      chainageFromMeters: HUU_NGHI_UPGRADE_FROM_METRES,
      chainageToMeters: HUU_NGHI_UPGRADE_TO_METRES,
      source: source(notices.sep2025),
      illustrative: true,
    },
  },
  {
    id: 'project-tan-thanh-po-chai-cooperation-zone',
    site: 'cooperationZone',
    properties: {
      name: 'Hỗ trợ kỹ thuật xây dựng Khu hợp tác thương mại, du lịch Tân Thanh – Pò Chài',
      nameEn: 'Technical assistance: Tân Thanh – Pò Chài trade and tourism cooperation zone',
      kind: 'technical-assistance',
      sector: 'Hợp tác kinh tế biên giới, quy hoạch',
      responsibleUnit: BOARD,
      status: 'under-construction',
      decisions: ['474/QĐ-UBND (26/02/2025)'],
      capitalSource: 'Quỹ đặc biệt Hợp tác Mê Công – Lan Thương (viện trợ)',
      gate: 'Tân Thanh',
      commune: 'Hoàng Văn Thụ',
      note: 'Đang thực hiện (hỗ trợ kỹ thuật, không phải công trình xây dựng): tiến độ phê duyệt tại Quyết định 474/QĐ-UBND; tháng 6/2026 trình phê duyệt Đề án, xây dựng phương án quy hoạch, thiết kế concept kiến trúc. Vùng vẽ chỉ phần phía Việt Nam, bán kính minh họa 650 m.',
      source: source(notices.may2024, notices.sep2025, notices.jun2026),
      illustrative: true,
    },
  },
  {
    id: 'project-huu-nghi-xuan-cuong-logistics-yard',
    site: 'huuNghiXuanCuongYard',
    properties: {
      name: 'Bến bãi khu vực cửa khẩu quốc tế Hữu Nghị (Công ty cổ phần Hữu Nghị Xuân Cường)',
      nameEn: 'Logistics yard at Hữu Nghị international border gate (Hữu Nghị Xuân Cường JSC)',
      kind: 'non-budget',
      sector: 'Logistics, bến bãi',
      investor: 'Công ty cổ phần Hữu Nghị Xuân Cường',
      status: 'under-construction',
      decisions: [],
      gate: 'Hữu Nghị',
      commune: 'Đồng Đăng',
      note: 'Thông báo 5/2024 yêu cầu đẩy nhanh tiến độ các dự án bến bãi khu vực cửa khẩu Hữu Nghị, Tân Thanh; thông báo 8/2024: doanh nghiệp bến bãi tham gia Đề án cửa khẩu thông minh. Trạng thái chi tiết và gắn doanh nghiệp với bến bãi cụ thể: chưa có nguồn, cần kiểm chứng.',
      source: source(notices.may2024, notices.aug2024),
      illustrative: true,
    },
  },
  {
    id: 'project-bao-nguyen-logistics-yard',
    site: 'baoNguyenYard',
    properties: {
      name: 'Bến bãi khu vực cửa khẩu Tân Thanh (Công ty cổ phần Vận tải thương mại Bảo Nguyên)',
      nameEn: 'Logistics yard at Tân Thanh border gate (Bảo Nguyên Transport and Trading JSC)',
      kind: 'non-budget',
      sector: 'Logistics, bến bãi',
      investor: 'Công ty cổ phần Vận tải thương mại Bảo Nguyên',
      status: 'under-construction',
      decisions: [],
      gate: 'Tân Thanh',
      commune: 'Hoàng Văn Thụ',
      note: 'Thông báo 5/2024 yêu cầu đẩy nhanh tiến độ các dự án bến bãi khu vực cửa khẩu Hữu Nghị, Tân Thanh; thông báo 8/2024: doanh nghiệp bến bãi tham gia Đề án cửa khẩu thông minh. Trạng thái chi tiết và gắn doanh nghiệp với bến bãi cụ thể: chưa có nguồn, cần kiểm chứng.',
      source: source(notices.may2024, notices.aug2024),
      illustrative: true,
    },
  },
  {
    id: 'project-chi-ma-cc7-commercial-building',
    site: 'chiMaLotCc7',
    properties: {
      name: 'Công trình dịch vụ thương mại tại lô CC7 cửa khẩu Chi Ma',
      nameEn: 'Commercial-service building, lot CC7, Chi Ma border gate',
      kind: 'non-budget',
      sector: 'Thương mại, dịch vụ',
      status: 'suspended',
      decisions: [],
      gate: 'Chi Ma',
      commune: 'Mẫu Sơn',
      note: 'Dự án đã ngừng; tháng 6/2026 Ban Quản lý kiểm tra, đánh giá các điều kiện khắc phục ngừng dự án. Vị trí lô CC7 là minh họa.',
      source: source(notices.jun2026),
      illustrative: true,
    },
  },
  {
    id: 'project-dong-banh-ip-infrastructure',
    site: 'dongBanhPark',
    properties: {
      name: 'Đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp Đồng Bành',
      nameEn: 'Đồng Bành industrial park infrastructure (construction and operation)',
      kind: 'non-budget',
      sector: 'Hạ tầng khu công nghiệp',
      responsibleUnit: BOARD,
      status: 'preparing',
      decisions: [],
      commune: 'Tân Thành',
      note: 'Ban Quản lý hoàn thiện hồ sơ đề xuất dự án trình cấp có thẩm quyền (6/2026). Quy mô KCN khoảng 162 ha (ban đầu 321,76 ha) theo nguồn tin cấp thấp (REFERENCE.md §5.1); ranh giới vẽ là minh họa.',
      source: source(notices.jun2026),
      illustrative: true,
    },
  },
  {
    id: 'project-vsip-lang-son-secondary-investors',
    site: 'vsip',
    properties: {
      name: 'Dự án của nhà đầu tư thứ cấp tại khu công nghiệp VSIP Lạng Sơn',
      nameEn: 'Secondary investors’ projects in VSIP Lạng Sơn industrial park',
      kind: 'non-budget',
      sector: 'Công nghiệp',
      responsibleUnit: BOARD,
      status: 'preparing',
      decisions: [],
      commune: 'Hữu Lũng',
      note: 'Ban Quản lý chủ trì phối hợp thẩm định các dự án của nhà đầu tư thứ cấp (6/2026). KCN VSIP Lạng Sơn (KCN Hữu Lũng, khoảng 599,76 ha) ở xã Hồ Sơn, Hòa Thắng cũ; điểm vẽ là vị trí ước lượng ±3 km.',
      source: source(notices.jun2026),
      illustrative: true,
    },
  },
];

export interface ProjectInputs {
  gates: readonly Feature<Geometry, { locationStatus?: string }>[];
  lanes: readonly Feature<Geometry>[];
}

function gatePositions(gates: ProjectInputs['gates']): Map<string, Position> {
  return new Map(gates.flatMap((gate) => (gate.geometry.type === 'Point' ? [[String(gate.id), gate.geometry.coordinates] as const] : [])));
}

function coSaArea(gates: ProjectInputs['gates']): Polygon {
  const area = gates.find((gate) => gate.id === 'gate-co-sa-na-u')?.geometry;
  if (area?.type !== 'Polygon') throw new Error('projects: Co Sa – Nà Ủ area missing');
  return area;
}

export function buildProjects(reference: ReferenceData, inputs: ProjectInputs): Feature<DemoGeometry, ProjectProperties>[] {
  const lanes = new Map(inputs.lanes.map((lane) => [String(lane.id), lane.geometry as LineString]));
  const sites = projectSites(reference, { gates: gatePositions(inputs.gates), coSaArea: coSaArea(inputs.gates), lanes });
  return projectDefinitions.map((project) => demoFeature(project.id, sites[project.site], project.properties));
}
