/**
 * Plan levels, revision kinds and the stages a revision moves through (DESIGN §3; Law 47/2024,
 * REFERENCE.md §3.2–3.3). The transition table is the one rule both sides read: the server
 * refuses any other step, the client offers only these.
 */

/** Quy hoạch chung / phân khu / chi tiết (Law 47/2024 Art. 3.3). */
export const planLevels = [
  { code: 'general', vi: 'Quy hoạch chung', en: 'General plan', zh: '总体规划' },
  { code: 'subdivision', vi: 'Quy hoạch phân khu', en: 'Subdivision (zoning) plan', zh: '分区规划' },
  { code: 'detailed', vi: 'Quy hoạch chi tiết', en: 'Detailed plan', zh: '详细规划' },
] as const;
export type PlanLevel = (typeof planLevels)[number]['code'];
export const planLevelCodes = planLevels.map((l) => l.code) as unknown as readonly [PlanLevel, ...PlanLevel[]];

/**
 * Original plan, local adjustment (điều chỉnh cục bộ: no new task, changes some zones) or
 * comprehensive adjustment (điều chỉnh tổng thể: the full procedure from a new task).
 */
export const revisionKinds = [
  { code: 'original', vi: 'Đồ án gốc', en: 'Original plan', zh: '原规划方案' },
  { code: 'local-adjustment', vi: 'Điều chỉnh cục bộ', en: 'Local adjustment', zh: '局部调整' },
  { code: 'comprehensive-adjustment', vi: 'Điều chỉnh tổng thể', en: 'Comprehensive adjustment', zh: '全面调整' },
] as const;
export type RevisionKind = (typeof revisionKinds)[number]['code'];
export const revisionKindCodes = revisionKinds.map((k) => k.code) as unknown as readonly [RevisionKind, ...RevisionKind[]];

/** The stages in procedure order (DESIGN §3). */
export const revisionStages = [
  { code: 'task', vi: 'Lập nhiệm vụ', en: 'Planning task', zh: '编制任务' },
  { code: 'consultant', vi: 'Lựa chọn tư vấn', en: 'Consultant selection', zh: '选择咨询单位' },
  { code: 'draft', vi: 'Lập đồ án', en: 'Drafting', zh: '编制方案' },
  { code: 'appraisal', vi: 'Thẩm định', en: 'Appraisal', zh: '审查' },
  { code: 'approved', vi: 'Đã phê duyệt', en: 'Approved', zh: '已批准' },
  { code: 'published', vi: 'Đã công bố', en: 'Published', zh: '已公布' },
  { code: 'superseded', vi: 'Đã được thay thế', en: 'Superseded', zh: '已被替代' },
] as const;
export type RevisionStage = (typeof revisionStages)[number]['code'];
export const revisionStageCodes = revisionStages.map((s) => s.code) as unknown as readonly [RevisionStage, ...RevisionStage[]];

/** Stages of a revision that has been approved by a decision: the public may see these (DESIGN §6). */
export const approvedStages: readonly RevisionStage[] = ['approved', 'published', 'superseded'];

/** Approved and not replaced: the plan in force. */
export const inForceStages: readonly RevisionStage[] = ['approved', 'published'];

export function isApprovedStage(stage: string): boolean {
  return (approvedStages as readonly string[]).includes(stage);
}

/**
 * The steps a planner may take from each stage. Appraisal may send a draft back. `superseded` is
 * never chosen: approving a newer revision of the same plan supersedes the one in force.
 * An approved revision only moves on to published; its content never changes.
 */
export const stageTransitions: Readonly<Record<RevisionStage, readonly RevisionStage[]>> = {
  task: ['consultant'],
  consultant: ['draft'],
  draft: ['appraisal'],
  appraisal: ['approved', 'draft'],
  approved: ['published'],
  published: [],
  superseded: [],
};

/** A local adjustment needs no new planning task (Law 47/2024 Art. 47): it starts at drafting. */
export function firstStage(kind: RevisionKind): RevisionStage {
  return kind === 'local-adjustment' ? 'draft' : 'task';
}

export function canMoveStage(from: RevisionStage, to: RevisionStage): boolean {
  return stageTransitions[from].includes(to);
}

/** Land-use groups on which nothing is built: a project footprint there conflicts with the plan. */
const unbuildableGroups = ['green', 'forest', 'agriculture', 'water'];

/**
 * Whether a zone's land use allows a project standing on it. Linear works (roads, cargo lanes)
 * cross zones of any use and never conflict; other projects may not stand on green, forest,
 * agricultural or water land, nor on security or defence land.
 */
export function landUseAllowsProject(landUse: { group: string; restricted?: boolean } | undefined, projectGeometryType: string): boolean {
  if (projectGeometryType === 'LineString' || projectGeometryType === 'MultiLineString') return true;
  if (!landUse) return true;
  return !landUse.restricted && !unbuildableGroups.includes(landUse.group);
}
