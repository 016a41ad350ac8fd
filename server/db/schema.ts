/**
 * Table types for Kysely. Every layer table has the same shape (feature tables): the typed
 * properties live in `properties` (JSON) and are validated by the layer's zod schema on write.
 * `geometry` is GeoJSON text on SQLite and a PostGIS geometry on PostgreSQL: only geo-store/
 * reads or writes it.
 */
import type { ColumnType, Generated } from 'kysely';

export interface FeatureTable {
  id: string;
  name: string;
  properties: string | Record<string, unknown>;
  source: string;
  geometry: unknown;
  minx: number;
  miny: number;
  maxx: number;
  maxy: number;
  version: Generated<number>;
  created_at: ColumnType<string, string | undefined, never>;
  updated_at: string;
  deleted_at: string | null;
}

export interface LayerVersionTable {
  layer_id: string;
  version: number;
  updated_at: string;
}

export interface DatasetTable {
  id: string;
  layer_id: string | null;
  file: string;
  source: string;
  license: string;
  crs: string;
  illustrative: number;
  feature_count: number;
  loaded_at: string;
}

/** Accounts (issue 3). `active` is 1/0; ids are random UUIDs. */
export interface UserTable {
  id: string;
  username: string;
  display_name: string;
  role: 'admin' | 'planner' | 'officer' | 'commune';
  commune_code: string | null;
  /** `scrypt$N$r$p$salt$hash` (server/auth/password.ts). Never leaves the server. */
  password_hash: string;
  active: number;
  created_at: string;
  updated_at: string;
  password_changed_at: string;
}

/** One row per signed-in browser. `id` is the SHA-256 (hex) of the cookie token, never the token. */
export interface SessionTable {
  id: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  /** Absolute expiry; idle expiry is last_seen_at + the idle timeout. */
  expires_at: string;
  user_agent: string | null;
}

/** Login attempts by key (`user:<username>` or `ip:<address>`), for throttling across processes. */
export interface LoginAttemptTable {
  id: Generated<number>;
  key: string;
  attempted_at: string;
  success: number;
}

/** Append-only (triggers refuse UPDATE and DELETE). `before`/`after` are JSON: text on SQLite, jsonb on PostgreSQL. */
export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_id: string | null;
  actor_username: string | null;
  role: string | null;
  commune_code: string | null;
  procedure: string;
  entity_type: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
}

/** One officer's update of a project; `changes` is JSON ({ field: { from, to } }): text on SQLite, jsonb on PostgreSQL. */
export interface ProjectHistoryTable {
  id: Generated<number>;
  project_id: string;
  at: string;
  actor_id: string | null;
  actor_username: string | null;
  status: string;
  progress_percent: number | null;
  changes: unknown;
  note: string;
}

/** A monthly progress report; `on_time` is 1/0; a replaced report keeps its row with deleted_at set. */
export interface ProjectReportTable {
  id: string;
  project_id: string;
  /** YYYY-MM */
  period: string;
  progress_percent: number;
  issues: string;
  proposals: string;
  submitted_by: string | null;
  submitted_by_username: string | null;
  submitted_at: string;
  on_time: number;
  deleted_at: string | null;
}

/** A figure for a period (YYYY-MM to YYYY-MM) in its metric's unit, with its source. */
export interface TradeFigureTable {
  id: string;
  metric: string;
  period_from: string;
  period_to: string;
  value: number;
  unit: string;
  qualifier: string;
  change_percent: number | null;
  printed: string;
  source: string;
  created_at: string;
  created_by_username: string | null;
}

/** A planning scheme (issue 4): general, subdivision or detailed plan. */
export interface PlanTable {
  id: string;
  name: string;
  name_en: string;
  level: string;
  scale: string | null;
  horizon_year: number | null;
  parent_plan_id: string | null;
  approving_authority: string | null;
  source: string;
  sort_order: number;
}

/** One version of a plan; immutable once approved (only its stage moves on, to published or superseded). */
export interface PlanRevisionTable {
  id: string;
  plan_id: string;
  kind: string;
  stage: string;
  name: string;
  name_en: string;
  parent_revision_id: string | null;
  decision_number: string | null;
  decision_date: string | null;
  task_decision_number: string | null;
  task_decision_date: string | null;
  horizon_year: number | null;
  /** JSON array of years, as text. */
  horizon_years: string;
  valid_from: string | null;
  valid_to: string | null;
  /** JSON array of AdjustmentArea, as text. */
  adjustment_areas: string;
  summary: string | null;
  source: string;
  illustrative: number;
  sort_order: number;
  version: Generated<number>;
  updated_at: string;
}

/** Every stage step of a revision, oldest first (the seed writes the known ones). */
export interface PlanRevisionStageTable {
  id: Generated<number>;
  revision_id: string;
  from_stage: string | null;
  stage: string;
  at: string;
  decision_number: string | null;
  decision_date: string | null;
  actor_id: string | null;
  actor_username: string | null;
  note: string;
}

/** A note pinned to a point of a revision; replies carry parent_id; `resolved` is 1/0; deletes are soft. */
export interface PlanCommentTable {
  id: string;
  revision_id: string;
  parent_id: string | null;
  lon: number;
  lat: number;
  text: string;
  author_id: string | null;
  author_username: string | null;
  resolved: number;
  resolved_at: string | null;
  resolved_by_username: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** A parcel a clearance boundary takes (issue 6). Key fields are copied from the parcel, which never changes. */
export interface ClearanceParcelTable {
  id: string;
  boundary_id: string;
  parcel_id: string;
  commune_code: string;
  former_commune_code: string;
  sheet: number;
  parcel_number: number;
  land_type: string;
  parcel_area_m2: number;
  affected_area_m2: number;
  remaining_area_m2: number;
  stage: string;
  /** JSON text: { stage code: YYYY-MM-DD }. */
  stage_dates: string;
  complaint: number;
  complaint_note: string | null;
  version: Generated<number>;
  updated_at: string;
  deleted_at: string | null;
}

/** A household on an affected parcel. Personal data: read only through commune-scoped procedures. */
export interface ClearanceHouseholdTable {
  id: string;
  clearance_parcel_id: string;
  commune_code: string;
  head_name: string;
  members: number;
  address: string;
  note: string;
  illustrative: number;
  updated_at: string;
  deleted_at: string | null;
}

export interface ClearanceParcelHistoryTable {
  id: Generated<number>;
  clearance_parcel_id: string;
  at: string;
  actor_id: string | null;
  actor_username: string | null;
  /** JSON text: { field: { from, to } }. */
  changes: string;
  note: string;
}

export interface ClearanceBoundaryHistoryTable {
  id: Generated<number>;
  boundary_id: string;
  at: string;
  actor_id: string | null;
  actor_username: string | null;
  /** GeoJSON text. */
  geometry_before: string;
  geometry_after: string;
  area_before_ha: number;
  area_after_ha: number;
  note: string;
}

export interface ResettlementAllocationTable {
  id: string;
  resettlement_area_id: string;
  household_id: string;
  commune_code: string;
  lot_code: string;
  allocated_on: string;
  deleted_at: string | null;
}

/** A commune's quota (chỉ tiêu) of land of one type that projects may convert in a plan period. */
export interface LandUseQuotaTable {
  id: string;
  commune_code: string;
  land_type: string;
  period: string;
  quota_m2: number;
  source: string;
  illustrative: number;
}

/** One searchable feature or park; `search_text` holds its folded words (shared/text/fold-for-search.ts), `public` is 1/0. */
export interface SearchEntryTable {
  id: Generated<number>;
  kind: 'lot' | 'park' | 'gate' | 'marker' | 'cargo-lane' | 'project' | 'commune' | 'zone';
  entity_id: string;
  layer_id: string | null;
  name: string;
  /** Folded lot code, marker number, commune or zone code; null when the feature has none. */
  code: string | null;
  search_text: string;
  public: number;
  minx: number;
  miny: number;
  maxx: number;
  maxy: number;
}

/** An investor's enquiry about a lot. `ip_digest`: SHA-256 of the sender's address, never the address. */
export interface EnquiryTable {
  id: string;
  lot_id: string;
  name: string;
  organisation: string;
  contact: string;
  message: string;
  language: string | null;
  ip_digest: string;
  created_at: string;
  handled_at: string | null;
  handled_by_username: string | null;
  handled_note: string | null;
}

/** A file uploaded through POST /api/imports: staged, then committed or discarded. JSON columns as text. */
export interface ImportTable {
  id: string;
  created_by: string;
  created_by_username: string;
  commune_code: string | null;
  target: string;
  format: string;
  file_name: string;
  crs: string;
  swapped: number;
  declared_crs: string | null;
  status: 'staged' | 'committed' | 'discarded';
  feature_count: number;
  errors: string;
  warnings: string;
  attribute_names: string;
  created_at: string;
  committed_at: string | null;
  discarded_at: string | null;
  result: string | null;
}

/** One feature of a staged import: the file's geometry, the WGS84 one, its attributes, rejected 1/0. */
export interface ImportFeatureTable {
  import_id: string;
  idx: number;
  where_text: string;
  raw_geometry: string | null;
  geometry: string | null;
  attributes: string;
  rejected: number;
}

export interface DatabaseSchema {
  communes: FeatureTable;
  border_line: FeatureTable;
  border_gates: FeatureTable;
  border_markers: FeatureTable;
  cargo_lanes: FeatureTable;
  planning_zones: FeatureTable;
  projects: FeatureTable;
  clearance_boundaries: FeatureTable;
  resettlement_areas: FeatureTable;
  road_centrelines: FeatureTable;
  land_lots: FeatureTable;
  layer_versions: LayerVersionTable;
  datasets: DatasetTable;
  users: UserTable;
  sessions: SessionTable;
  login_attempts: LoginAttemptTable;
  audit_log: AuditLogTable;
  project_history: ProjectHistoryTable;
  project_reports: ProjectReportTable;
  trade_figures: TradeFigureTable;
  plans: PlanTable;
  plan_revisions: PlanRevisionTable;
  plan_revision_stages: PlanRevisionStageTable;
  plan_comments: PlanCommentTable;
  parcels: FeatureTable;
  clearance_parcels: ClearanceParcelTable;
  clearance_households: ClearanceHouseholdTable;
  clearance_parcel_history: ClearanceParcelHistoryTable;
  clearance_boundary_history: ClearanceBoundaryHistoryTable;
  resettlement_allocations: ResettlementAllocationTable;
  land_use_quotas: LandUseQuotaTable;
  search_entries: SearchEntryTable;
  enquiries: EnquiryTable;
  imports: ImportTable;
  import_features: ImportFeatureTable;
}

export type FeatureTableName = {
  [K in keyof DatabaseSchema]: DatabaseSchema[K] extends FeatureTable ? K : never;
}[keyof DatabaseSchema];
