/** Import–export and fee figures the Board follows (BRIEF.md "Figures"), each in one unit for charting. */
export const tradeMetrics = [
  { code: 'import-export-turnover', unit: 'million-usd', vi: 'Kim ngạch xuất nhập khẩu qua địa bàn', en: 'Import–export turnover through the province', zh: '经本省进出口总额' },
  { code: 'customs-turnover', unit: 'million-usd', vi: 'Kim ngạch tại Hải quan tỉnh Lạng Sơn', en: 'Turnover at Lạng Sơn customs', zh: '谅山海关进出口额' },
  { code: 'import-export-budget-revenue', unit: 'billion-vnd', vi: 'Thu ngân sách từ hoạt động xuất nhập khẩu', en: 'Budget revenue from import–export', zh: '进出口财政收入' },
  { code: 'infrastructure-fees', unit: 'billion-vnd', vi: 'Thu phí sử dụng công trình hạ tầng cửa khẩu', en: 'Border infrastructure-use fees', zh: '口岸基础设施使用费' },
] as const;

export type TradeMetric = (typeof tradeMetrics)[number]['code'];
export const tradeMetricCodes = tradeMetrics.map((m) => m.code) as unknown as readonly [TradeMetric, ...TradeMetric[]];

/** "exact" as printed, or a lower bound ("hơn 58 tỷ USD" = more than). */
export const tradeQualifiers = ['exact', 'more-than'] as const;
export type TradeQualifier = (typeof tradeQualifiers)[number];
