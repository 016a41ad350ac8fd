/**
 * The functions an illustrative plan zone can have: a TT 16/2025 land-use class, a zone-code prefix
 * as Vietnamese plans write them (CN, KB, DV, OM…), a name, and indicators chosen inside the
 * QCVN 01:2021 limits of shared/domain/land-use.ts (coverage ≤ class max, FAR ≤ class max and
 * ≤ coverage × floors). Green, forest, agricultural, road, security and defence zones carry none.
 */
import type { LandUseCode } from '../../shared/domain/land-use.ts';

export interface ZoneIndicators {
  coveragePercentMax: number;
  floorAreaRatioMax: number;
  floorsMin: number;
  floorsMax: number;
}

export interface ZoneFunction {
  landUse: LandUseCode;
  prefix: string;
  name: string;
  indicators?: ZoneIndicators;
}

export const zoneFunctions = {
  borderControl: { landUse: 'DAT_Coquan', prefix: 'CQ', name: 'Khu kiểm soát liên ngành cửa khẩu', indicators: { coveragePercentMax: 40, floorAreaRatioMax: 1.6, floorsMin: 1, floorsMax: 4 } },
  offices: { landUse: 'DAT_Coquan', prefix: 'CQ', name: 'Đất cơ quan, trụ sở', indicators: { coveragePercentMax: 40, floorAreaRatioMax: 2, floorsMin: 2, floorsMax: 7 } },
  gateServices: { landUse: 'DAT_Dichvu', prefix: 'DV', name: 'Khu dịch vụ thương mại cửa khẩu', indicators: { coveragePercentMax: 60, floorAreaRatioMax: 3, floorsMin: 1, floorsMax: 5 } },
  urbanServices: { landUse: 'DAT_Dichvu', prefix: 'DV', name: 'Đất dịch vụ thương mại (chợ, trung tâm thương mại)', indicators: { coveragePercentMax: 60, floorAreaRatioMax: 4.5, floorsMin: 2, floorsMax: 9 } },
  tourismServices: { landUse: 'DAT_Dulich', prefix: 'DL', name: 'Khu dịch vụ thương mại, du lịch', indicators: { coveragePercentMax: 25, floorAreaRatioMax: 0.75, floorsMin: 1, floorsMax: 3 } },
  logistics: { landUse: 'DAT_SX_Congnghiep', prefix: 'KB', name: 'Khu kho bãi, logistics', indicators: { coveragePercentMax: 60, floorAreaRatioMax: 1.2, floorsMin: 1, floorsMax: 2 } },
  industry: { landUse: 'DAT_SX_Congnghiep', prefix: 'CN', name: 'Đất sản xuất công nghiệp', indicators: { coveragePercentMax: 60, floorAreaRatioMax: 1.8, floorsMin: 1, floorsMax: 3 } },
  parking: { landUse: 'DAT_HTKT_Baidoxe', prefix: 'P', name: 'Bãi đỗ xe, bãi chờ phương tiện xuất nhập khẩu', indicators: { coveragePercentMax: 10, floorAreaRatioMax: 0.1, floorsMin: 1, floorsMax: 1 } },
  utilities: { landUse: 'DAT_HTKT_Hatangkhac', prefix: 'HT', name: 'Đất hạ tầng kỹ thuật (cấp điện, cấp nước, xử lý nước thải)', indicators: { coveragePercentMax: 40, floorAreaRatioMax: 0.8, floorsMin: 1, floorsMax: 2 } },
  roads: { landUse: 'DAT_HTKT_DuongGT', prefix: 'GT', name: 'Đất đường giao thông' },
  housing: { landUse: 'DAT_O_Nhomnhao', prefix: 'OM', name: 'Đất nhóm nhà ở mới', indicators: { coveragePercentMax: 60, floorAreaRatioMax: 3, floorsMin: 1, floorsMax: 5 } },
  mixedUse: { landUse: 'DAT_O_Honhop_Nhomo', prefix: 'HH', name: 'Đất hỗn hợp nhà ở và dịch vụ', indicators: { coveragePercentMax: 60, floorAreaRatioMax: 4.8, floorsMin: 3, floorsMax: 9 } },
  village: { landUse: 'DAT_O_Langxom', prefix: 'LX', name: 'Đất làng xóm, dân cư nông thôn', indicators: { coveragePercentMax: 50, floorAreaRatioMax: 1.5, floorsMin: 1, floorsMax: 3 } },
  schools: { landUse: 'DAT_HTXH_Truonghoc', prefix: 'GD', name: 'Đất trường mầm non, tiểu học, trung học cơ sở', indicators: { coveragePercentMax: 40, floorAreaRatioMax: 1.2, floorsMin: 1, floorsMax: 3 } },
  health: { landUse: 'DAT_HTXH_Yte', prefix: 'YT', name: 'Đất y tế', indicators: { coveragePercentMax: 40, floorAreaRatioMax: 2, floorsMin: 1, floorsMax: 5 } },
  culture: { landUse: 'DAT_HTXH_Vanhoa', prefix: 'VH', name: 'Đất văn hóa', indicators: { coveragePercentMax: 40, floorAreaRatioMax: 1.2, floorsMin: 1, floorsMax: 3 } },
  sport: { landUse: 'DAT_HTXH_Theducthethao', prefix: 'TT', name: 'Đất thể dục thể thao', indicators: { coveragePercentMax: 30, floorAreaRatioMax: 0.6, floorsMin: 1, floorsMax: 2 } },
  heritage: { landUse: 'DAT_Ditich_tongiao', prefix: 'DT', name: 'Đất di tích, tôn giáo' },
  publicGreen: { landUse: 'DAT_HTXH_CayxanhCC', prefix: 'CX', name: 'Đất cây xanh sử dụng công cộng', indicators: { coveragePercentMax: 5, floorAreaRatioMax: 0.05, floorsMin: 1, floorsMax: 1 } },
  bufferGreen: { landUse: 'DAT_Cayxanhchuyendung', prefix: 'CL', name: 'Đất cây xanh cách ly' },
  security: { landUse: 'DAT_Anninh', prefix: 'AN', name: 'Đất an ninh' },
  defence: { landUse: 'DAT_Quocphong', prefix: 'QP', name: 'Đất quốc phòng' },
  agriculture: { landUse: 'DAT_NN_Nongnghiep', prefix: 'NN', name: 'Đất sản xuất nông nghiệp' },
  protectionForest: { landUse: 'DAT_NN_Rungphongho', prefix: 'RPH', name: 'Đất rừng phòng hộ' },
  productionForest: { landUse: 'DAT_NN_Rungsanxuat', prefix: 'RSX', name: 'Đất rừng sản xuất' },
} as const satisfies Record<string, ZoneFunction>;

export type ZoneFunctionKey = keyof typeof zoneFunctions;
