/**
 * The layer catalogue: one entry per collection served at /trpc (layers.*), /ogc and /tiles.
 * Ids are the OGC collection ids of DESIGN §5 and never change; `table` is the database table.
 */
import type { z } from 'zod';
import {
  borderGateProperties,
  borderLineProperties,
  borderMarkerProperties,
  cargoLaneProperties,
  clearanceBoundaryProperties,
  communeProperties,
  parcelProperties,
  landLotProperties,
  planningZoneProperties,
  projectProperties,
  resettlementAreaProperties,
  roadCentrelineProperties,
} from '../schemas/layer-properties.ts';

export type LayerGeometryType = 'Point' | 'LineString' | 'Polygon' | 'Mixed';

/** Every layer text is public, so Chinese is required (DESIGN §2). */
export interface Localised {
  vi: string;
  en: string;
  zh: string;
}

export interface LayerDefinition {
  id: string;
  table: string;
  title: Localised;
  description: Localised;
  geometryType: LayerGeometryType;
  /** Served to anonymous callers (DESIGN §6). */
  public: boolean;
  /** Large polygon layers go to the map as vector tiles, small ones as GeoJSON. */
  delivery: 'geojson' | 'tiles';
  /** The property shown as the feature's name. */
  nameProperty: string;
  /** Popup fields in display order, with their labels. */
  fields: Readonly<Record<string, Localised>>;
  schema: z.ZodType<Record<string, unknown>>;
  /** Drawn on the map at start. */
  visibleByDefault: boolean;
  /** Tiles below this zoom are empty: the layer has too many small features to draw further out. */
  tileMinZoom?: number;
}

const provenanceFields = {
  source: { vi: 'Nguồn dữ liệu', en: 'Data source', zh: '数据来源' },
} as const;

export const layers = [
  {
    id: 'communes',
    table: 'communes',
    title: { vi: 'Xã, phường (từ 1/7/2025)', en: 'Communes and wards (since 1 Jul 2025)', zh: '乡和坊（2025年7月1日起）' },
    description: { vi: '65 đơn vị hành chính cấp xã của tỉnh Lạng Sơn; 9 đơn vị thuộc khu kinh tế được tô đậm', en: 'The 65 commune-level units of Lạng Sơn; the nine covering the zone are emphasised', zh: '谅山省65个乡级单位；经济区内的9个单位加粗显示' },
    geometryType: 'Polygon',
    public: true,
    delivery: 'tiles',
    nameProperty: 'name',
    fields: {
      name: { vi: 'Tên', en: 'Name', zh: '名称' },
      kind: { vi: 'Loại', en: 'Kind', zh: '类型' },
      code: { vi: 'Mã', en: 'Code', zh: '代码' },
      formedFrom: { vi: 'Hình thành từ', en: 'Formed from', zh: '合并自' },
      inZone: { vi: 'Thuộc khu kinh tế', en: 'In the economic zone', zh: '属于经济区' },
      zoneRelation: { vi: 'Quan hệ với khu kinh tế', en: 'Relation to the zone', zh: '与经济区的关系' },
      areaHa: { vi: 'Diện tích (ha, VN-2000)', en: 'Area (ha, VN-2000)', zh: '面积（公顷，VN-2000）' },
      ...provenanceFields,
    },
    schema: communeProperties,
    visibleByDefault: true,
  },
  {
    id: 'border-line',
    table: 'border_line',
    title: { vi: 'Đường biên giới Việt Nam – Trung Quốc', en: 'Vietnam–China border', zh: '越中边界' },
    description: { vi: 'Theo OpenStreetMap, độ chính xác khoảng 10 m', en: 'From OpenStreetMap, about 10 m accuracy', zh: '来自 OpenStreetMap，精度约 10 米' },
    geometryType: 'LineString',
    public: true,
    delivery: 'geojson',
    nameProperty: 'name',
    fields: { name: { vi: 'Tên', en: 'Name', zh: '名称' }, license: { vi: 'Giấy phép', en: 'Licence', zh: '许可' }, ...provenanceFields },
    schema: borderLineProperties,
    visibleByDefault: true,
  },
  {
    id: 'border-gates',
    table: 'border_gates',
    title: { vi: 'Cửa khẩu, lối thông quan', en: 'Border gates and crossings', zh: '口岸和通道' },
    description: { vi: 'Vị trí gần đúng; Co Sa – Nà Ủ chưa thống nhất vị trí', en: 'Approximate positions; Co Sa – Nà Ủ location not yet agreed', zh: '大致位置；Co Sa – Nà Ủ 的位置尚未确定' },
    geometryType: 'Mixed',
    public: true,
    delivery: 'geojson',
    nameProperty: 'name',
    fields: {
      name: { vi: 'Tên', en: 'Name', zh: '名称' },
      kind: { vi: 'Loại cửa khẩu', en: 'Kind', zh: '类型' },
      pairedWith: { vi: 'Cặp cửa khẩu phía Trung Quốc', en: 'Paired with (China)', zh: '对应口岸（中国）' },
      commune: { vi: 'Xã, phường', en: 'Commune', zh: '乡' },
      markers: { vi: 'Mốc giới', en: 'Markers', zh: '界碑' },
      locationStatus: { vi: 'Vị trí', en: 'Location', zh: '位置' },
      positionAccuracyM: { vi: 'Sai số vị trí (m)', en: 'Position accuracy (m)', zh: '位置精度（米）' },
      note: { vi: 'Ghi chú', en: 'Note', zh: '备注' },
      ...provenanceFields,
    },
    schema: borderGateProperties,
    visibleByDefault: true,
  },
  {
    id: 'border-markers',
    table: 'border_markers',
    title: { vi: 'Mốc biên giới', en: 'Border markers', zh: '界碑' },
    description: { vi: 'Đặt gần đúng trên đường biên giới', en: 'Placed approximately on the border line', zh: '大致位于边界线上' },
    geometryType: 'Point',
    public: true,
    delivery: 'geojson',
    nameProperty: 'name',
    fields: {
      number: { vi: 'Số mốc', en: 'Marker number', zh: '界碑编号' },
      gate: { vi: 'Cửa khẩu', en: 'Gate', zh: '口岸' },
      approximate: { vi: 'Vị trí gần đúng', en: 'Approximate position', zh: '大致位置' },
      note: { vi: 'Ghi chú', en: 'Note', zh: '备注' },
      ...provenanceFields,
    },
    schema: borderMarkerProperties,
    visibleByDefault: true,
  },
  {
    id: 'cargo-lanes',
    table: 'cargo_lanes',
    title: { vi: 'Đường chuyên dụng, lối thông quan hàng hóa', en: 'Cargo roads and clearance paths', zh: '货运道路与通关通道' },
    description: { vi: 'Độ rộng nét theo số làn xe', en: 'Line width by lane count', zh: '线宽表示车道数' },
    geometryType: 'LineString',
    public: true,
    delivery: 'geojson',
    nameProperty: 'name',
    fields: {
      name: { vi: 'Tên', en: 'Name', zh: '名称' },
      kind: { vi: 'Loại', en: 'Kind', zh: '类型' },
      fromMarker: { vi: 'Từ mốc', en: 'From marker', zh: '起始界碑' },
      toMarker: { vi: 'Đến mốc', en: 'To marker', zh: '终止界碑' },
      lanesNow: { vi: 'Số làn hiện tại', en: 'Lanes now', zh: '现有车道' },
      lanesPlanned: { vi: 'Số làn quy hoạch', en: 'Lanes planned', zh: '规划车道' },
      lanePhases: { vi: 'Các giai đoạn mở rộng', en: 'Widening phases', zh: '拓宽阶段' },
      smartGatePilot: { vi: 'Thí điểm cửa khẩu thông minh', en: 'Smart-border-gate pilot', zh: '智慧口岸试点' },
      status: { vi: 'Tình trạng', en: 'Status', zh: '状态' },
      ...provenanceFields,
    },
    schema: cargoLaneProperties,
    visibleByDefault: true,
  },
  {
    id: 'planning-zones',
    table: 'planning_zones',
    title: { vi: 'Phân khu chức năng quy hoạch chung', en: 'General plan zones', zh: '总体规划功能区' },
    description: { vi: 'Minh họa, màu theo TT 16/2025/TT-BXD', en: 'Illustrative, coloured by the TT 16/2025 legend', zh: '示意，按 TT 16/2025 图例着色' },
    geometryType: 'Polygon',
    public: true,
    delivery: 'tiles',
    nameProperty: 'name',
    fields: {
      name: { vi: 'Tên', en: 'Name', zh: '名称' },
      zoneCode: { vi: 'Ký hiệu ô đất', en: 'Zone code', zh: '功能区代码' },
      landUse: { vi: 'Chức năng sử dụng đất', en: 'Land use', zh: '土地用途' },
      commune: { vi: 'Xã, phường', en: 'Commune', zh: '乡' },
      areaHa: { vi: 'Diện tích (ha, VN-2000)', en: 'Area (ha, VN-2000)', zh: '面积（公顷，VN-2000）' },
      coveragePercentMax: { vi: 'Mật độ xây dựng tối đa (%)', en: 'Max building coverage (%)', zh: '最大建筑密度（%）' },
      floorAreaRatioMax: { vi: 'Hệ số sử dụng đất tối đa', en: 'Max floor-area ratio', zh: '最大容积率' },
      floorsMin: { vi: 'Tầng cao tối thiểu', en: 'Min floors', zh: '最低层数' },
      floorsMax: { vi: 'Tầng cao tối đa', en: 'Max floors', zh: '最高层数' },
      revisionId: { vi: 'Phương án quy hoạch', en: 'Plan revision', zh: '规划版本' },
      horizonYear: { vi: 'Giai đoạn thực hiện (năm)', en: 'Horizon (year)', zh: '规划期限（年）' },
      ...provenanceFields,
    },
    schema: planningZoneProperties,
    visibleByDefault: true,
  },
  {
    id: 'projects',
    table: 'projects',
    title: { vi: 'Dự án đầu tư', en: 'Investment projects', zh: '投资项目' },
    description: { vi: 'Màu theo tình trạng dự án', en: 'Coloured by status', zh: '按状态着色' },
    geometryType: 'Mixed',
    public: true,
    delivery: 'geojson',
    nameProperty: 'name',
    fields: {
      name: { vi: 'Tên dự án', en: 'Project', zh: '项目' },
      kind: { vi: 'Loại dự án', en: 'Kind', zh: '类型' },
      sector: { vi: 'Lĩnh vực', en: 'Sector', zh: '行业' },
      status: { vi: 'Tình trạng', en: 'Status', zh: '状态' },
      progressPercent: { vi: 'Tiến độ (%)', en: 'Progress (%)', zh: '进度（%）' },
      investor: { vi: 'Chủ đầu tư', en: 'Investor', zh: '投资者' },
      responsibleUnit: { vi: 'Đơn vị phụ trách', en: 'Responsible unit', zh: '负责单位' },
      startDate: { vi: 'Khởi công', en: 'Start', zh: '开工' },
      plannedEndDate: { vi: 'Hoàn thành theo kế hoạch', en: 'Planned completion', zh: '计划竣工' },
      finalAccountsDeadline: { vi: 'Hạn quyết toán', en: 'Final-accounts deadline', zh: '决算期限' },
      actualStartDate: { vi: 'Khởi công thực tế', en: 'Actual start', zh: '实际开工' },
      actualEndDate: { vi: 'Hoàn thành thực tế', en: 'Actual completion', zh: '实际竣工' },
      finalAccountsDate: { vi: 'Ngày quyết toán', en: 'Final accounts approved', zh: '决算已批准' },
      capitalBillionVnd: { vi: 'Vốn (tỷ đồng)', en: 'Capital (billion VND)', zh: '投资额（十亿越南盾）' },
      decisions: { vi: 'Căn cứ pháp lý', en: 'Decisions', zh: '决定' },
      commune: { vi: 'Xã, phường', en: 'Commune', zh: '乡' },
      note: { vi: 'Ghi chú', en: 'Note', zh: '备注' },
      ...provenanceFields,
    },
    schema: projectProperties,
    visibleByDefault: true,
  },
  {
    id: 'land-lots',
    table: 'land_lots',
    title: { vi: 'Lô đất cho nhà đầu tư', en: 'Land lots for investors', zh: '招商地块' },
    description: { vi: 'Minh họa: lô đất trong các khu công nghiệp, kho bãi và khu dịch vụ', en: 'Illustrative: lots in the industrial parks, yards and service zones', zh: '示意：工业园区、仓储场地和服务区内的地块' },
    geometryType: 'Polygon',
    public: true,
    delivery: 'geojson',
    nameProperty: 'name',
    fields: {
      code: { vi: 'Mã lô', en: 'Lot code', zh: '地块编号' },
      parkName: { vi: 'Khu', en: 'Park or zone', zh: '园区或功能区' },
      landUse: { vi: 'Chức năng sử dụng đất', en: 'Land use', zh: '土地用途' },
      status: { vi: 'Tình trạng', en: 'Status', zh: '状态' },
      areaHa: { vi: 'Diện tích (ha, VN-2000)', en: 'Area (ha, VN-2000)', zh: '面积（公顷，VN-2000）' },
      coveragePercentMax: { vi: 'Mật độ xây dựng tối đa (%)', en: 'Max building coverage (%)', zh: '最大建筑密度（%）' },
      floorAreaRatioMax: { vi: 'Hệ số sử dụng đất tối đa', en: 'Max floor-area ratio', zh: '最大容积率' },
      floorsMax: { vi: 'Tầng cao tối đa', en: 'Max floors', zh: '最高层数' },
      setbackMetres: { vi: 'Khoảng lùi (m)', en: 'Setback (m)', zh: '退界（米）' },
      leaseTermYears: { vi: 'Thời hạn thuê tối đa (năm)', en: 'Max lease term (years)', zh: '最长租期（年）' },
      clearance: { vi: 'Giải phóng mặt bằng', en: 'Site clearance', zh: '征地拆迁' },
      plan: { vi: 'Quy hoạch', en: 'Plan', zh: '规划' },
      planDecision: { vi: 'Quyết định phê duyệt', en: 'Approving decision', zh: '批准决定' },
      contact: { vi: 'Liên hệ', en: 'Contact', zh: '联系方式' },
      commune: { vi: 'Xã, phường', en: 'Commune', zh: '乡' },
      ...provenanceFields,
    },
    schema: landLotProperties,
    visibleByDefault: false,
  },
  {
    id: 'clearance-boundaries',
    table: 'clearance_boundaries',
    title: { vi: 'Ranh giới giải phóng mặt bằng', en: 'Site-clearance boundaries', zh: '征地拆迁范围' },
    description: { vi: 'Minh họa, cho các công trình cửa khẩu thông minh', en: 'Illustrative, for the smart-border-gate works', zh: '示意，用于智慧口岸工程' },
    geometryType: 'Polygon',
    public: true,
    delivery: 'geojson',
    nameProperty: 'name',
    fields: {
      name: { vi: 'Tên', en: 'Name', zh: '名称' },
      projectId: { vi: 'Dự án', en: 'Project', zh: '项目' },
      commune: { vi: 'Xã, phường', en: 'Commune', zh: '乡' },
      stage: { vi: 'Bước GPMB', en: 'Clearance stage', zh: '征地拆迁阶段' },
      targetHandoverDate: { vi: 'Hạn bàn giao mặt bằng', en: 'Target handover', zh: '目标移交日期' },
      areaHa: { vi: 'Diện tích (ha, VN-2000)', en: 'Area (ha, VN-2000)', zh: '面积（公顷，VN-2000）' },
      ...provenanceFields,
    },
    schema: clearanceBoundaryProperties,
    visibleByDefault: true,
  },
  {
    id: 'resettlement-areas',
    table: 'resettlement_areas',
    title: { vi: 'Khu tái định cư', en: 'Resettlement areas', zh: '安置区' },
    description: { vi: 'Minh họa', en: 'Illustrative', zh: '示意' },
    geometryType: 'Polygon',
    public: true,
    delivery: 'geojson',
    nameProperty: 'name',
    fields: {
      name: { vi: 'Tên', en: 'Name', zh: '名称' },
      commune: { vi: 'Xã, phường', en: 'Commune', zh: '乡' },
      capacityLots: { vi: 'Số lô quy hoạch', en: 'Capacity (lots)', zh: '容量（地块数）' },
      allocatedLots: { vi: 'Số lô đã bố trí', en: 'Lots allocated', zh: '已分配地块' },
      areaHa: { vi: 'Diện tích (ha, VN-2000)', en: 'Area (ha, VN-2000)', zh: '面积（公顷，VN-2000）' },
      forProjects: { vi: 'Phục vụ dự án', en: 'For projects', zh: '服务项目' },
      ...provenanceFields,
    },
    schema: resettlementAreaProperties,
    visibleByDefault: true,
  },
  {
    id: 'road-centrelines',
    table: 'road_centrelines',
    title: { vi: 'Tim đường tính lý trình', en: 'Road centrelines (chainage)', zh: '道路中心线（里程）' },
    description: { vi: 'Trục tính lý trình Km; minh họa', en: 'Lines chainage is measured along; illustrative', zh: '用于量测里程的线；示意' },
    geometryType: 'LineString',
    public: true,
    delivery: 'geojson',
    nameProperty: 'name',
    fields: {
      name: { vi: 'Tên tuyến', en: 'Road', zh: '道路' },
      roadCode: { vi: 'Mã tuyến', en: 'Road code', zh: '道路代码' },
      origin: { vi: 'Điểm Km0', en: 'Km0 at', zh: '零公里点' },
      ...provenanceFields,
    },
    schema: roadCentrelineProperties,
    visibleByDefault: false,
  },
  {
    id: 'parcels',
    table: 'parcels',
    title: { vi: 'Thửa đất địa chính (minh họa)', en: 'Cadastral parcels (illustrative)', zh: '地籍宗地（示意）' },
    description: {
      vi: 'Khóa theo mã xã cũ (trước 2025), số tờ, số thửa; diện tích theo VN-2000. Không có thông tin chủ sử dụng',
      en: 'Keyed by pre-2025 commune code, map sheet and parcel number; area on VN-2000. No owner data', zh: '以2025年前的乡代码、图幅号和宗地号标识；面积按 VN-2000 计算。不含权利人信息',
    },
    geometryType: 'Polygon',
    public: true,
    delivery: 'tiles',
    nameProperty: 'name',
    fields: {
      formerCommuneName: { vi: 'Xã cũ (bản đồ địa chính)', en: 'Former commune (cadastral map)', zh: '原乡（地籍图）' },
      formerCommuneCode: { vi: 'Mã xã cũ', en: 'Former commune code', zh: '原乡代码' },
      sheet: { vi: 'Số tờ', en: 'Map sheet', zh: '图幅号' },
      parcelNumber: { vi: 'Số thửa', en: 'Parcel number', zh: '宗地号' },
      commune: { vi: 'Xã, phường (từ 2025)', en: 'Commune (since 2025)', zh: '乡（2025年起）' },
      landType: { vi: 'Loại đất', en: 'Land type', zh: '地类' },
      areaM2: { vi: 'Diện tích (m², VN-2000)', en: 'Area (m², VN-2000)', zh: '面积（平方米，VN-2000）' },
      ...provenanceFields,
    },
    schema: parcelProperties,
    visibleByDefault: false,
    tileMinZoom: 14,
  },
] as const satisfies readonly LayerDefinition[];

export type LayerId = (typeof layers)[number]['id'];
export const layerIds = layers.map((l) => l.id) as unknown as readonly [LayerId, ...LayerId[]];

const byId = new Map<string, LayerDefinition>(layers.map((l) => [l.id, l]));

export function findLayer(id: string): LayerDefinition | undefined {
  return byId.get(id);
}
