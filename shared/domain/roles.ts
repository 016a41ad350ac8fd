/**
 * The roles of DESIGN §6. A commune account is bound to one commune (its `communeCode`, the
 * `code` property of the communes layer, e.g. "11.1806" for Đồng Đăng); the other roles are not.
 */
export const roles = [
  { code: 'admin', vi: 'Quản trị hệ thống', en: 'Administrator', zh: '系统管理员' },
  { code: 'planner', vi: 'Cán bộ quy hoạch (Phòng Hạ tầng)', en: 'Planner (infrastructure dept.)', zh: '规划人员（基础设施处）' },
  { code: 'officer', vi: 'Cán bộ Ban Quản lý', en: 'Board officer', zh: '管委会工作人员' },
  { code: 'commune', vi: 'Cán bộ xã, phường', en: 'Commune officer', zh: '乡镇工作人员' },
] as const;

export type Role = (typeof roles)[number]['code'];
export const roleCodes = roles.map((r) => r.code) as unknown as readonly [Role, ...Role[]];

/** Board staff see every non-public detail of the layers (security and defence land included). */
export const staffRoles: readonly Role[] = ['admin', 'planner', 'officer'];
