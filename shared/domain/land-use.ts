/**
 * Planning land-use classes of the construction-planning legend (TT 16/2025/TT-BXD, Phụ lục I,
 * Mục 04), as transcribed in REFERENCE.md §2.2 — colours are ACI values converted to RGB and must
 * be checked against the official PDF before publication (hence one table, easy to replace).
 *
 * Indicator limits come from QCVN 01:2021/BXD (REFERENCE.md §3.1). A limit left undefined means
 * the standard sets none for that class at plan level.
 */
export interface LandUseClass {
  /** TT 16/2025 layer name, used as the stable code. */
  code: string;
  vi: string;
  en: string;
  zh: string;
  colour: string;
  group: 'residential' | 'commercial' | 'industrial' | 'public' | 'green' | 'infrastructure' | 'special' | 'agriculture' | 'forest' | 'water' | 'other';
  /** Net building coverage limit, %, QCVN 01:2021. */
  maxCoveragePercent?: number;
  /** Land-use coefficient (≈ FAR) limit, QCVN 01:2021. */
  maxFloorAreaRatio?: number;
  /** Security and defence land: details are not public (DESIGN §6). */
  restricted?: boolean;
  /** Protected classes that an adjustment must not reduce without flagging. */
  protectedClass?: boolean;
}

export const landUseClasses = [
  { code: 'DAT_O_Nhomnhao', vi: 'Đất nhóm nhà ở', en: 'Housing group', zh: '住宅组团用地', colour: '#CC9900', group: 'residential', maxCoveragePercent: 60, maxFloorAreaRatio: 7 },
  { code: 'DAT_O_Honhop_Nhomo', vi: 'Đất hỗn hợp nhóm nhà ở và dịch vụ', en: 'Mixed housing and services', zh: '住宅与服务混合用地', colour: '#CC3300', group: 'residential', maxCoveragePercent: 60, maxFloorAreaRatio: 7 },
  { code: 'DAT_O_Langxom', vi: 'Đất làng xóm, dân cư nông thôn', en: 'Village / rural residential', zh: '村庄居住用地', colour: '#7F7F3F', group: 'residential', maxCoveragePercent: 60, maxFloorAreaRatio: 7 },
  { code: 'DAT_Dichvu', vi: 'Đất khu dịch vụ (chợ, TTTM)', en: 'Commercial services (markets, malls)', zh: '商业服务用地', colour: '#CC0000', group: 'commercial', maxCoveragePercent: 80, maxFloorAreaRatio: 13 },
  { code: 'DAT_Dulich', vi: 'Đất khu dịch vụ du lịch', en: 'Tourism services', zh: '旅游服务用地', colour: '#FF00FF', group: 'commercial', maxCoveragePercent: 25 },
  { code: 'DAT_SX_Congnghiep', vi: 'Đất sản xuất công nghiệp, kho bãi', en: 'Industry, warehousing and logistics', zh: '工业、仓储物流用地', colour: '#6600CC', group: 'industrial', maxCoveragePercent: 70 },
  { code: 'DAT_SX_Vatlieu', vi: 'Đất khai thác khoáng sản, sản xuất VLXD', en: 'Mining, building materials', zh: '矿产开采、建材生产用地', colour: '#4C4C98', group: 'industrial', maxCoveragePercent: 70 },
  { code: 'DAT_HTXH_CayxanhCC', vi: 'Đất cây xanh sử dụng công cộng', en: 'Public green', zh: '公共绿地', colour: '#66CC00', group: 'green', maxCoveragePercent: 5 },
  { code: 'DAT_Cayxanhhanche', vi: 'Đất cây xanh sử dụng hạn chế', en: 'Restricted-use green', zh: '限制使用绿地', colour: '#009800', group: 'green', maxCoveragePercent: 5 },
  { code: 'DAT_Cayxanhchuyendung', vi: 'Đất cây xanh chuyên dụng (cách ly)', en: 'Buffer / special-purpose green', zh: '防护绿地', colour: '#007F5F', group: 'green', maxCoveragePercent: 5 },
  { code: 'DAT_HTXH_Theducthethao', vi: 'Đất thể dục thể thao', en: 'Sport', zh: '体育用地', colour: '#009800', group: 'public', maxCoveragePercent: 40 },
  { code: 'DAT_HTXH_Yte', vi: 'Đất y tế', en: 'Health', zh: '医疗用地', colour: '#FF00BF', group: 'public', maxCoveragePercent: 40 },
  { code: 'DAT_HTXH_Vanhoa', vi: 'Đất văn hóa', en: 'Culture', zh: '文化用地', colour: '#CC667F', group: 'public', maxCoveragePercent: 40 },
  { code: 'DAT_HTXH_Truonghoc', vi: 'Đất trường mầm non, tiểu học, THCS', en: 'Schools', zh: '中小学及幼儿园用地', colour: '#994C4C', group: 'public', maxCoveragePercent: 40 },
  { code: 'DAT_Coquan', vi: 'Đất cơ quan, trụ sở', en: 'Government offices', zh: '机关办公用地', colour: '#994C00', group: 'public', maxCoveragePercent: 40 },
  { code: 'DAT_DaotaoNC', vi: 'Đất đào tạo, nghiên cứu', en: 'Training, research', zh: '培训科研用地', colour: '#007298', group: 'public', maxCoveragePercent: 40 },
  { code: 'DAT_Ditich_tongiao', vi: 'Đất di tích, tôn giáo', en: 'Heritage, religious', zh: '文物宗教用地', colour: '#7F0000', group: 'public' },
  { code: 'DAT_Anninh', vi: 'Đất an ninh', en: 'Security', zh: '安全用地', colour: '#729800', group: 'special', restricted: true, protectedClass: true },
  { code: 'DAT_Quocphong', vi: 'Đất quốc phòng', en: 'Defence', zh: '国防用地', colour: '#394C26', group: 'special', restricted: true, protectedClass: true },
  { code: 'DAT_HTKT_DuongGT', vi: 'Đất đường giao thông', en: 'Roads', zh: '道路用地', colour: '#5B5B5B', group: 'infrastructure' },
  { code: 'DAT_HTKT_Baidoxe', vi: 'Đất bãi đỗ xe', en: 'Parking', zh: '停车场用地', colour: '#848484', group: 'infrastructure' },
  { code: 'DAT_HTKT_Hatangkhac', vi: 'Đất hạ tầng kỹ thuật khác', en: 'Other technical infrastructure', zh: '其他市政设施用地', colour: '#39264C', group: 'infrastructure' },
  { code: 'DAT_HTKT_Nghiatrang', vi: 'Đất nghĩa trang', en: 'Cemetery', zh: '墓地', colour: '#5B5B5B', group: 'infrastructure' },
  { code: 'DAT_NN_Nongnghiep', vi: 'Đất sản xuất nông nghiệp', en: 'Agriculture', zh: '农业生产用地', colour: '#00FF00', group: 'agriculture' },
  { code: 'DAT_NN_Rungsanxuat', vi: 'Đất rừng sản xuất', en: 'Production forest', zh: '生产林地', colour: '#3F7F4F', group: 'forest', protectedClass: true },
  { code: 'DAT_NN_Rungphongho', vi: 'Đất rừng phòng hộ', en: 'Protection forest', zh: '防护林地', colour: '#264C42', group: 'forest', protectedClass: true },
  { code: 'DAT_NN_Rungdacdung', vi: 'Đất rừng đặc dụng', en: 'Special-use forest', zh: '特用林地', colour: '#00394C', group: 'forest', protectedClass: true },
  { code: 'DAT_NN_Thuysan', vi: 'Đất nuôi trồng thủy sản', en: 'Aquaculture', zh: '水产养殖用地', colour: '#007FFF', group: 'agriculture' },
  { code: 'DAT_KHAC_Honuoc', vi: 'Hồ, ao, đầm', en: 'Lakes, ponds', zh: '湖泊池塘', colour: '#004C98', group: 'water' },
  { code: 'DAT_KHAC_Songsuoi', vi: 'Sông, suối, kênh, rạch', en: 'Rivers, streams', zh: '河流溪渠', colour: '#0066CC', group: 'water' },
  { code: 'DAT_KHAC_Chuasudung', vi: 'Đất chưa sử dụng', en: 'Unused', zh: '未利用地', colour: '#C0C0C0', group: 'other' },
] as const satisfies readonly LandUseClass[];

export type LandUseCode = (typeof landUseClasses)[number]['code'];

export const landUseCodes = landUseClasses.map((c) => c.code) as unknown as readonly [LandUseCode, ...LandUseCode[]];

const byCode = new Map<string, LandUseClass>(landUseClasses.map((c) => [c.code, c]));

export function landUseClass(code: string): LandUseClass | undefined {
  return byCode.get(code);
}
