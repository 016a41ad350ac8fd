/**
 * Target field ← file attribute: the mapping the preview suggests from attribute names (ma_lo →
 * code, CHUC_NANG → landUse, TEN → name…), compared without case, tone marks or punctuation.
 */
import { foldForSearch } from '../../shared/text/fold-for-search.ts';

const fold = (name: string): string => foldForSearch(name).replace(/\s+/g, '');

/** Names each target field is known by in Vietnamese survey and planning files, folded. */
const synonyms: Readonly<Record<string, readonly string[]>> = {
  code: ['code', 'ma', 'malo', 'maso', 'kyhieu', 'kyhieulo', 'solo', 'lotcode'],
  zoneCode: ['zonecode', 'kyhieu', 'kyhieuo', 'maodat', 'mao', 'kyhieuodat', 'code', 'ma'],
  name: ['name', 'ten', 'tenlo', 'tenodat', 'tenduan', 'tenranhgioi', 'tenkhu'],
  nameEn: ['nameen', 'tentienganh', 'englishname'],
  landUse: ['landuse', 'chucnang', 'loaidat', 'mdsd', 'mucdichsudung', 'maloaidat', 'chucnangsudungdat', 'layer'],
  commune: ['commune', 'xa', 'tenxa', 'phuong', 'xaphuong'],
  park: ['park', 'khu', 'makhu', 'khucongnghiep', 'kcn'],
  status: ['status', 'tinhtrang', 'trangthai'],
  coveragePercentMax: ['coveragepercentmax', 'matdo', 'matdoxaydung', 'mdxd'],
  floorAreaRatioMax: ['floorarearatiomax', 'hesosudungdat', 'hsdd', 'far'],
  floorsMax: ['floorsmax', 'tangcao', 'tangcaotoida', 'socao'],
  setbackMetres: ['setbackmetres', 'khoanglui'],
  leaseTermYears: ['leasetermyears', 'thoihanthue'],
  horizonYear: ['horizonyear', 'giaidoan', 'namthuchien'],
  projectId: ['projectid', 'maduan', 'duan'],
  stage: ['stage', 'buocgpmb', 'giaidoangpmb'],
  targetHandoverDate: ['targethandoverdate', 'hanbangiao', 'ngaybangiao'],
  kind: ['kind', 'loaiduan', 'nguonvon'],
  sector: ['sector', 'linhvuc', 'nganh'],
  investor: ['investor', 'chudautu', 'cdt'],
  startDate: ['startdate', 'ngaykhoicong', 'khoicong'],
  plannedEndDate: ['plannedenddate', 'ngayhoanthanh', 'hoanthanh'],
  capitalBillionVnd: ['capitalbillionvnd', 'vondautu', 'tongvon', 'von'],
  note: ['note', 'ghichu'],
};

/** For each target field, the first attribute whose folded name is one of the field's names. */
export function suggestMapping(fields: readonly string[], attributeNames: readonly string[]): Record<string, string> {
  const byFolded = new Map<string, string>();
  for (const name of attributeNames) if (!byFolded.has(fold(name))) byFolded.set(fold(name), name);
  const mapping: Record<string, string> = {};
  const used = new Set<string>();
  for (const field of fields) {
    for (const candidate of [fold(field), ...(synonyms[field] ?? [])]) {
      const attribute = byFolded.get(candidate);
      if (attribute !== undefined && !used.has(attribute)) {
        mapping[field] = attribute;
        used.add(attribute);
        break;
      }
    }
  }
  return mapping;
}

export { fold as foldAttributeName };
