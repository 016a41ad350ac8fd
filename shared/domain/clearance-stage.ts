/** The site-clearance sequence of Land Law 2024 Art. 85–94 (REFERENCE.md §4), in order. */
export const clearanceStages = [
  { code: 'notified', vi: 'Đã thông báo thu hồi', en: 'Recovery notified' },
  { code: 'inventoried', vi: 'Đã kiểm đếm', en: 'Inventoried' },
  { code: 'plan-posted', vi: 'Đã niêm yết phương án', en: 'Compensation plan posted' },
  { code: 'plan-approved', vi: 'Đã phê duyệt phương án', en: 'Compensation plan approved' },
  { code: 'recovery-decided', vi: 'Đã có quyết định thu hồi', en: 'Recovery decided' },
  { code: 'paid', vi: 'Đã chi trả', en: 'Paid' },
  { code: 'handed-over', vi: 'Đã bàn giao mặt bằng', en: 'Handed over' },
] as const;
export type ClearanceStage = (typeof clearanceStages)[number]['code'];
export const clearanceStageCodes = clearanceStages.map((s) => s.code) as unknown as readonly [ClearanceStage, ...ClearanceStage[]];
