/** The site-clearance sequence of Land Law 2024 Art. 85–94 (REFERENCE.md §4), in order. */
export const clearanceStages = [
  { code: 'notified', vi: 'Đã thông báo thu hồi', en: 'Recovery notified', zh: '已通知征收' },
  { code: 'inventoried', vi: 'Đã kiểm đếm', en: 'Inventoried', zh: '已清点' },
  { code: 'plan-posted', vi: 'Đã niêm yết phương án', en: 'Compensation plan posted', zh: '补偿方案已公示' },
  { code: 'plan-approved', vi: 'Đã phê duyệt phương án', en: 'Compensation plan approved', zh: '补偿方案已批准' },
  { code: 'recovery-decided', vi: 'Đã có quyết định thu hồi', en: 'Recovery decided', zh: '已作出征收决定' },
  { code: 'paid', vi: 'Đã chi trả', en: 'Paid', zh: '已支付' },
  { code: 'handed-over', vi: 'Đã bàn giao mặt bằng', en: 'Handed over', zh: '已移交场地' },
] as const;
export type ClearanceStage = (typeof clearanceStages)[number]['code'];
export const clearanceStageCodes = clearanceStages.map((s) => s.code) as unknown as readonly [ClearanceStage, ...ClearanceStage[]];
