/** Project status values seen in the Board's notices (BRIEF.md), with their map colours. */
export const projectStatuses = [
  { code: 'preparing', vi: 'Đang chuẩn bị', en: 'Preparing', zh: '筹备中', colour: '#1f78b4' },
  { code: 'under-construction', vi: 'Đang thi công', en: 'Under construction', zh: '施工中', colour: '#33a02c' },
  { code: 'behind-schedule', vi: 'Chậm tiến độ', en: 'Behind schedule', zh: '进度滞后', colour: '#ff7f00' },
  { code: 'halted', vi: 'Tạm dừng', en: 'Halted', zh: '已停工', colour: '#e31a1c' },
  { code: 'completed', vi: 'Đã hoàn thành', en: 'Completed', zh: '已完成', colour: '#6a3d9a' },
  { code: 'final-accounts-pending', vi: 'Chờ quyết toán', en: 'Final accounts pending', zh: '待决算', colour: '#b15928' },
  { code: 'final-accounts-overdue', vi: 'Chậm quyết toán', en: 'Final accounts overdue', zh: '决算逾期', colour: '#a50026' },
  { code: 'suspended', vi: 'Đình chỉ', en: 'Suspended', zh: '已暂停', colour: '#636363' },
] as const;

export type ProjectStatus = (typeof projectStatuses)[number]['code'];
export const projectStatusCodes = projectStatuses.map((s) => s.code) as unknown as readonly [ProjectStatus, ...ProjectStatus[]];

export const projectKinds = [
  { code: 'public', vi: 'Đầu tư công', en: 'Public investment', zh: '公共投资' },
  { code: 'non-budget', vi: 'Ngoài ngân sách', en: 'Non-budget (private)', zh: '非预算（私人）' },
  { code: 'technical-assistance', vi: 'Hỗ trợ kỹ thuật', en: 'Technical assistance', zh: '技术援助' },
] as const;
export type ProjectKind = (typeof projectKinds)[number]['code'];
