/**
 * Cadastral land-type codes (TT 25/2014/TT-BTNMT, still on Lạng Sơn's cadastral maps; REFERENCE.md
 * §2.3) used by the parcels layer and the land-use quotas. A separate vocabulary from the
 * construction-planning legend (land-use.ts). Colours: the land-law status-map values of §2.3
 * (BHK takes HNK's colour: HNK replaced it in TT 08/2024).
 */
export const cadastralLandTypes = [
  { code: 'ONT', vi: 'Đất ở tại nông thôn', en: 'Rural residential', zh: '农村宅基地', colour: 'rgb(255,208,255)', agricultural: false },
  { code: 'ODT', vi: 'Đất ở tại đô thị', en: 'Urban residential', zh: '城市宅基地', colour: 'rgb(255,160,255)', agricultural: false },
  { code: 'LUC', vi: 'Đất chuyên trồng lúa nước', en: 'Specialised wet-rice land', zh: '专用水稻田', colour: 'rgb(255,252,140)', agricultural: true },
  { code: 'BHK', vi: 'Đất bằng trồng cây hàng năm khác', en: 'Flat land, other annual crops', zh: '平地其他一年生作物用地', colour: 'rgb(255,240,180)', agricultural: true },
  { code: 'CLN', vi: 'Đất trồng cây lâu năm', en: 'Perennial crops', zh: '多年生作物用地', colour: 'rgb(255,210,160)', agricultural: true },
  { code: 'RSX', vi: 'Đất rừng sản xuất', en: 'Production forest', zh: '生产林地', colour: 'rgb(180,255,180)', agricultural: true },
  { code: 'NTS', vi: 'Đất nuôi trồng thủy sản', en: 'Aquaculture', zh: '水产养殖用地', colour: 'rgb(170,255,255)', agricultural: true },
] as const;

export type CadastralLandType = (typeof cadastralLandTypes)[number]['code'];
export const cadastralLandTypeCodes = cadastralLandTypes.map((t) => t.code) as unknown as readonly [CadastralLandType, ...CadastralLandType[]];

export function cadastralLandType(code: string) {
  return cadastralLandTypes.find((t) => t.code === code);
}
