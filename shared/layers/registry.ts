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

export interface Localised {
  vi: string;
  en: string;
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
  source: { vi: 'Nguồn dữ liệu', en: 'Data source' },
} as const;

export const layers = [
  {
    id: 'communes',
    table: 'communes',
    title: { vi: 'Xã, phường (từ 1/7/2025)', en: 'Communes and wards (since 1 Jul 2025)' },
    description: { vi: '65 đơn vị hành chính cấp xã của tỉnh Lạng Sơn; 9 đơn vị thuộc khu kinh tế được tô đậm', en: 'The 65 commune-level units of Lạng Sơn; the nine covering the zone are emphasised' },
    geometryType: 'Polygon',
    public: true,
    delivery: 'tiles',
    nameProperty: 'name',
    fields: {
      name: { vi: 'Tên', en: 'Name' },
      kind: { vi: 'Loại', en: 'Kind' },
      code: { vi: 'Mã', en: 'Code' },
      formedFrom: { vi: 'Hình thành từ', en: 'Formed from' },
      inZone: { vi: 'Thuộc khu kinh tế', en: 'In the economic zone' },
      zoneRelation: { vi: 'Quan hệ với khu kinh tế', en: 'Relation to the zone' },
      areaHa: { vi: 'Diện tích (ha, VN-2000)', en: 'Area (ha, VN-2000)' },
      ...provenanceFields,
    },
    schema: communeProperties,
    visibleByDefault: true,
  },
  {
    id: 'border-line',
    table: 'border_line',
    title: { vi: 'Đường biên giới Việt Nam – Trung Quốc', en: 'Vietnam–China border' },
    description: { vi: 'Theo OpenStreetMap, độ chính xác khoảng 10 m', en: 'From OpenStreetMap, about 10 m accuracy' },
    geometryType: 'LineString',
    public: true,
    delivery: 'geojson',
    nameProperty: 'name',
    fields: { name: { vi: 'Tên', en: 'Name' }, license: { vi: 'Giấy phép', en: 'Licence' }, ...provenanceFields },
    schema: borderLineProperties,
    visibleByDefault: true,
  },
  {
    id: 'border-gates',
    table: 'border_gates',
    title: { vi: 'Cửa khẩu, lối thông quan', en: 'Border gates and crossings' },
    description: { vi: 'Vị trí gần đúng; Co Sa – Nà Ủ chưa thống nhất vị trí', en: 'Approximate positions; Co Sa – Nà Ủ location not yet agreed' },
    geometryType: 'Mixed',
    public: true,
    delivery: 'geojson',
    nameProperty: 'name',
    fields: {
      name: { vi: 'Tên', en: 'Name' },
      kind: { vi: 'Loại cửa khẩu', en: 'Kind' },
      pairedWith: { vi: 'Cặp cửa khẩu phía Trung Quốc', en: 'Paired with (China)' },
      commune: { vi: 'Xã, phường', en: 'Commune' },
      markers: { vi: 'Mốc giới', en: 'Markers' },
      locationStatus: { vi: 'Vị trí', en: 'Location' },
      positionAccuracyM: { vi: 'Sai số vị trí (m)', en: 'Position accuracy (m)' },
      note: { vi: 'Ghi chú', en: 'Note' },
      ...provenanceFields,
    },
    schema: borderGateProperties,
    visibleByDefault: true,
  },
  {
    id: 'border-markers',
    table: 'border_markers',
    title: { vi: 'Mốc biên giới', en: 'Border markers' },
    description: { vi: 'Đặt gần đúng trên đường biên giới', en: 'Placed approximately on the border line' },
    geometryType: 'Point',
    public: true,
    delivery: 'geojson',
    nameProperty: 'name',
    fields: {
      number: { vi: 'Số mốc', en: 'Marker number' },
      gate: { vi: 'Cửa khẩu', en: 'Gate' },
      approximate: { vi: 'Vị trí gần đúng', en: 'Approximate position' },
      note: { vi: 'Ghi chú', en: 'Note' },
      ...provenanceFields,
    },
    schema: borderMarkerProperties,
    visibleByDefault: true,
  },
  {
    id: 'cargo-lanes',
    table: 'cargo_lanes',
    title: { vi: 'Đường chuyên dụng, lối thông quan hàng hóa', en: 'Cargo roads and clearance paths' },
    description: { vi: 'Độ rộng nét theo số làn xe', en: 'Line width by lane count' },
    geometryType: 'LineString',
    public: true,
    delivery: 'geojson',
    nameProperty: 'name',
    fields: {
      name: { vi: 'Tên', en: 'Name' },
      kind: { vi: 'Loại', en: 'Kind' },
      fromMarker: { vi: 'Từ mốc', en: 'From marker' },
      toMarker: { vi: 'Đến mốc', en: 'To marker' },
      lanesNow: { vi: 'Số làn hiện tại', en: 'Lanes now' },
      lanesPlanned: { vi: 'Số làn quy hoạch', en: 'Lanes planned' },
      lanePhases: { vi: 'Các giai đoạn mở rộng', en: 'Widening phases' },
      smartGatePilot: { vi: 'Thí điểm cửa khẩu thông minh', en: 'Smart-border-gate pilot' },
      status: { vi: 'Tình trạng', en: 'Status' },
      ...provenanceFields,
    },
    schema: cargoLaneProperties,
    visibleByDefault: true,
  },
  {
    id: 'planning-zones',
    table: 'planning_zones',
    title: { vi: 'Phân khu chức năng quy hoạch chung', en: 'General plan zones' },
    description: { vi: 'Minh họa, màu theo TT 16/2025/TT-BXD', en: 'Illustrative, coloured by the TT 16/2025 legend' },
    geometryType: 'Polygon',
    public: true,
    delivery: 'tiles',
    nameProperty: 'name',
    fields: {
      name: { vi: 'Tên', en: 'Name' },
      zoneCode: { vi: 'Ký hiệu ô đất', en: 'Zone code' },
      landUse: { vi: 'Chức năng sử dụng đất', en: 'Land use' },
      commune: { vi: 'Xã, phường', en: 'Commune' },
      areaHa: { vi: 'Diện tích (ha, VN-2000)', en: 'Area (ha, VN-2000)' },
      coveragePercentMax: { vi: 'Mật độ xây dựng tối đa (%)', en: 'Max building coverage (%)' },
      floorAreaRatioMax: { vi: 'Hệ số sử dụng đất tối đa', en: 'Max floor-area ratio' },
      floorsMin: { vi: 'Tầng cao tối thiểu', en: 'Min floors' },
      floorsMax: { vi: 'Tầng cao tối đa', en: 'Max floors' },
      revisionId: { vi: 'Phương án quy hoạch', en: 'Plan revision' },
      horizonYear: { vi: 'Giai đoạn thực hiện (năm)', en: 'Horizon (year)' },
      ...provenanceFields,
    },
    schema: planningZoneProperties,
    visibleByDefault: true,
  },
  {
    id: 'projects',
    table: 'projects',
    title: { vi: 'Dự án đầu tư', en: 'Investment projects' },
    description: { vi: 'Màu theo tình trạng dự án', en: 'Coloured by status' },
    geometryType: 'Mixed',
    public: true,
    delivery: 'geojson',
    nameProperty: 'name',
    fields: {
      name: { vi: 'Tên dự án', en: 'Project' },
      kind: { vi: 'Loại dự án', en: 'Kind' },
      sector: { vi: 'Lĩnh vực', en: 'Sector' },
      status: { vi: 'Tình trạng', en: 'Status' },
      progressPercent: { vi: 'Tiến độ (%)', en: 'Progress (%)' },
      investor: { vi: 'Chủ đầu tư', en: 'Investor' },
      responsibleUnit: { vi: 'Đơn vị phụ trách', en: 'Responsible unit' },
      startDate: { vi: 'Khởi công', en: 'Start' },
      plannedEndDate: { vi: 'Hoàn thành theo kế hoạch', en: 'Planned completion' },
      finalAccountsDeadline: { vi: 'Hạn quyết toán', en: 'Final-accounts deadline' },
      actualStartDate: { vi: 'Khởi công thực tế', en: 'Actual start' },
      actualEndDate: { vi: 'Hoàn thành thực tế', en: 'Actual completion' },
      finalAccountsDate: { vi: 'Ngày quyết toán', en: 'Final accounts approved' },
      capitalBillionVnd: { vi: 'Vốn (tỷ đồng)', en: 'Capital (billion VND)' },
      decisions: { vi: 'Căn cứ pháp lý', en: 'Decisions' },
      commune: { vi: 'Xã, phường', en: 'Commune' },
      note: { vi: 'Ghi chú', en: 'Note' },
      ...provenanceFields,
    },
    schema: projectProperties,
    visibleByDefault: true,
  },
  {
    id: 'land-lots',
    table: 'land_lots',
    title: { vi: 'Lô đất cho nhà đầu tư', en: 'Land lots for investors' },
    description: { vi: 'Minh họa: lô đất trong các khu công nghiệp, kho bãi và khu dịch vụ', en: 'Illustrative: lots in the industrial parks, yards and service zones' },
    geometryType: 'Polygon',
    public: true,
    delivery: 'geojson',
    nameProperty: 'name',
    fields: {
      code: { vi: 'Mã lô', en: 'Lot code' },
      parkName: { vi: 'Khu', en: 'Park or zone' },
      landUse: { vi: 'Chức năng sử dụng đất', en: 'Land use' },
      status: { vi: 'Tình trạng', en: 'Status' },
      areaHa: { vi: 'Diện tích (ha, VN-2000)', en: 'Area (ha, VN-2000)' },
      coveragePercentMax: { vi: 'Mật độ xây dựng tối đa (%)', en: 'Max building coverage (%)' },
      floorAreaRatioMax: { vi: 'Hệ số sử dụng đất tối đa', en: 'Max floor-area ratio' },
      floorsMax: { vi: 'Tầng cao tối đa', en: 'Max floors' },
      setbackMetres: { vi: 'Khoảng lùi (m)', en: 'Setback (m)' },
      leaseTermYears: { vi: 'Thời hạn thuê tối đa (năm)', en: 'Max lease term (years)' },
      clearance: { vi: 'Giải phóng mặt bằng', en: 'Site clearance' },
      plan: { vi: 'Quy hoạch', en: 'Plan' },
      planDecision: { vi: 'Quyết định phê duyệt', en: 'Approving decision' },
      contact: { vi: 'Liên hệ', en: 'Contact' },
      commune: { vi: 'Xã, phường', en: 'Commune' },
      ...provenanceFields,
    },
    schema: landLotProperties,
    visibleByDefault: false,
  },
  {
    id: 'clearance-boundaries',
    table: 'clearance_boundaries',
    title: { vi: 'Ranh giới giải phóng mặt bằng', en: 'Site-clearance boundaries' },
    description: { vi: 'Minh họa, cho các công trình cửa khẩu thông minh', en: 'Illustrative, for the smart-border-gate works' },
    geometryType: 'Polygon',
    public: true,
    delivery: 'geojson',
    nameProperty: 'name',
    fields: {
      name: { vi: 'Tên', en: 'Name' },
      projectId: { vi: 'Dự án', en: 'Project' },
      commune: { vi: 'Xã, phường', en: 'Commune' },
      stage: { vi: 'Bước GPMB', en: 'Clearance stage' },
      targetHandoverDate: { vi: 'Hạn bàn giao mặt bằng', en: 'Target handover' },
      areaHa: { vi: 'Diện tích (ha, VN-2000)', en: 'Area (ha, VN-2000)' },
      ...provenanceFields,
    },
    schema: clearanceBoundaryProperties,
    visibleByDefault: true,
  },
  {
    id: 'resettlement-areas',
    table: 'resettlement_areas',
    title: { vi: 'Khu tái định cư', en: 'Resettlement areas' },
    description: { vi: 'Minh họa', en: 'Illustrative' },
    geometryType: 'Polygon',
    public: true,
    delivery: 'geojson',
    nameProperty: 'name',
    fields: {
      name: { vi: 'Tên', en: 'Name' },
      commune: { vi: 'Xã, phường', en: 'Commune' },
      capacityLots: { vi: 'Số lô quy hoạch', en: 'Capacity (lots)' },
      allocatedLots: { vi: 'Số lô đã bố trí', en: 'Lots allocated' },
      areaHa: { vi: 'Diện tích (ha, VN-2000)', en: 'Area (ha, VN-2000)' },
      forProjects: { vi: 'Phục vụ dự án', en: 'For projects' },
      ...provenanceFields,
    },
    schema: resettlementAreaProperties,
    visibleByDefault: true,
  },
  {
    id: 'road-centrelines',
    table: 'road_centrelines',
    title: { vi: 'Tim đường tính lý trình', en: 'Road centrelines (chainage)' },
    description: { vi: 'Trục tính lý trình Km; minh họa', en: 'Lines chainage is measured along; illustrative' },
    geometryType: 'LineString',
    public: true,
    delivery: 'geojson',
    nameProperty: 'name',
    fields: {
      name: { vi: 'Tên tuyến', en: 'Road' },
      roadCode: { vi: 'Mã tuyến', en: 'Road code' },
      origin: { vi: 'Điểm Km0', en: 'Km0 at' },
      ...provenanceFields,
    },
    schema: roadCentrelineProperties,
    visibleByDefault: false,
  },
  {
    id: 'parcels',
    table: 'parcels',
    title: { vi: 'Thửa đất địa chính (minh họa)', en: 'Cadastral parcels (illustrative)' },
    description: {
      vi: 'Khóa theo mã xã cũ (trước 2025), số tờ, số thửa; diện tích theo VN-2000. Không có thông tin chủ sử dụng',
      en: 'Keyed by pre-2025 commune code, map sheet and parcel number; area on VN-2000. No owner data',
    },
    geometryType: 'Polygon',
    public: true,
    delivery: 'tiles',
    nameProperty: 'name',
    fields: {
      formerCommuneName: { vi: 'Xã cũ (bản đồ địa chính)', en: 'Former commune (cadastral map)' },
      formerCommuneCode: { vi: 'Mã xã cũ', en: 'Former commune code' },
      sheet: { vi: 'Số tờ', en: 'Map sheet' },
      parcelNumber: { vi: 'Số thửa', en: 'Parcel number' },
      commune: { vi: 'Xã, phường (từ 2025)', en: 'Commune (since 2025)' },
      landType: { vi: 'Loại đất', en: 'Land type' },
      areaM2: { vi: 'Diện tích (m², VN-2000)', en: 'Area (m², VN-2000)' },
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
