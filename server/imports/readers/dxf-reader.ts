/**
 * DXF reader for the Board's CAD plans: closed (LW)POLYLINEs are lots (Polygon), open ones and
 * LINEs are lines, POINTs are markers, HATCHes are filled areas (dxf-hatch.ts); a TEXT/MTEXT placed inside a closed polyline becomes its
 * `label` (the lot code written in the drawing); every feature keeps its CAD `layer`, which
 * guessLandUseFromDxfLayer maps to a land-use class. DXF declares no CRS: the pipeline detects
 * it from the values. The text is vetted before dxf-parser sees it — a vertex count of
 * 99 999 999 makes that parser allocate until the process dies.
 */
import type { Geometry, Position } from 'geojson';
import DxfParser from 'dxf-parser';
import type { ImportIssue } from '../../../shared/schemas/imports.ts';
import { landUseClasses, type LandUseCode } from '../../../shared/domain/land-use.ts';
import { readDxfHatches, ringContainsPoint } from './dxf-hatch.ts';
import { checkFileSize, decodeUtf8, enforceDatasetLimits } from './reader-support.ts';
import { ImportRefused, type ImportFile, type ImportLimits, type RawDataset, type RawFeature } from './reader-types.ts';

interface DxfPoint {
  x: number;
  y: number;
  z?: number;
  bulge?: number;
}

interface DxfEntity {
  type: string;
  layer?: string;
  handle?: string | number;
  vertices?: DxfPoint[];
  shape?: boolean;
  position?: DxfPoint;
  startPoint?: DxfPoint;
  endPoint?: DxfPoint;
  halign?: number;
  valign?: number;
  text?: string;
  name?: string;
}

/** $DWGCODEPAGE values of pre-2007 drawings → TextDecoder labels (2007+ drawings are UTF-8). */
function encodingFromCodePage(codePage: string | undefined): string | null {
  const number = /^ANSI_(\d+)$/i.exec(codePage?.trim() ?? '')?.[1];
  if (!number) return null;
  try {
    return new TextDecoder(`windows-${number}`).encoding;
  } catch {
    return null;
  }
}

function decodeDxf(bytes: Uint8Array, warnings: ImportIssue[]): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 22));
  if (head.startsWith('AutoCAD Binary DXF')) {
    throw new ImportRefused('dxf-binary', 'Tệp DXF dạng nhị phân chưa được hỗ trợ; hãy lưu lại dạng DXF văn bản (ASCII) / Binary DXF is not supported: save the drawing as ASCII DXF');
  }
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== null) return utf8;
  const codePage = /\$DWGCODEPAGE\s*\r?\n\s*3\s*\r?\n([^\r\n]*)/.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 65536)))?.[1];
  const encoding = encodingFromCodePage(codePage) ?? 'windows-1258';
  if (!encodingFromCodePage(codePage)) {
    warnings.push({ code: 'dxf-encoding-guessed', message: 'Tệp DXF không phải UTF-8 và không khai báo bảng mã; văn bản được đọc theo Windows-1258 / The DXF is not UTF-8 and declares no code page: its text was read as Windows-1258' });
  }
  return new TextDecoder(encoding).decode(bytes);
}

/** Group codes whose values are real numbers (coordinates, sizes) and integers (counts, flags). */
const isRealCode = (code: number) => (code >= 10 && code <= 59) || (code >= 110 && code <= 149) || (code >= 210 && code <= 239) || (code >= 1010 && code <= 1059);
const isIntegerCode = (code: number) => (code >= 60 && code <= 99) || (code >= 160 && code <= 179) || (code >= 270 && code <= 289) || (code >= 370 && code <= 389);

/**
 * Checks the group-code/value pairs before parsing: codes are integers, numeric values finite,
 * each LWPOLYLINE's vertex count (90) matches its vertices and the limits, entities within
 * maxFeatures. Answers the drawing reduced to its ENTITIES section — the only part read, so
 * dxf-parser never walks the TABLES/BLOCKS/OBJECTS sections (a damaged ENDTAB makes it loop for
 * ever); throws ImportRefused naming the line.
 */
export function vetDxfText(text: string, limits: ImportLimits): string {
  const lines = text.split(/\r?\n/);
  if (lines.length < 4 || !/\bENTITIES\b/.test(text)) {
    throw new ImportRefused('dxf-unreadable', 'Tệp không phải bản vẽ DXF đọc được: không có phần ENTITIES / The file is not a readable DXF drawing: it has no ENTITIES section');
  }
  const bad = (line: number, reason: string): never => {
    throw new ImportRefused('dxf-unreadable', `Tệp DXF hỏng ở dòng ${line} / The DXF is broken at line ${line}: ${reason}`);
  };
  let entities = 0;
  let inEntities = false;
  let sawEntities = false;
  let sawEof = false;
  let openPolyline: number | null = null;
  let entitiesStart = 0;
  let entitiesEnd = 0;
  let polyline: { line: number; declared: number | null; vertices: number } | null = null;
  const closePolyline = () => {
    if (polyline && polyline.declared !== null && polyline.declared !== polyline.vertices) {
      bad(polyline.line, `LWPOLYLINE khai báo ${polyline.declared} đỉnh nhưng có ${polyline.vertices} / an LWPOLYLINE declares ${polyline.declared} vertices but has ${polyline.vertices}`);
    }
    polyline = null;
  };
  for (let i = 0; i + 1 < lines.length; i += 2) {
    const codeText = (lines[i] as string).trim();
    const value = (lines[i + 1] as string).trim();
    if (!/^-?\d{1,4}$/.test(codeText)) {
      if (codeText === '' && i + 2 >= lines.length) break;
      bad(i + 1, `mã nhóm '${codeText.slice(0, 20)}' không phải số nguyên / group code '${codeText.slice(0, 20)}' is not an integer`);
    }
    const code = Number(codeText);
    if ((isRealCode(code) || isIntegerCode(code)) && value !== '' && !Number.isFinite(Number(value))) {
      bad(i + 2, `giá trị '${value.slice(0, 20)}' của mã ${code} không phải số hữu hạn / value '${value.slice(0, 20)}' of group ${code} is not a finite number`);
    }
    if (code === 0) {
      closePolyline();
      // dxf-parser loops for ever on a POLYLINE whose VERTEX list is not closed by SEQEND.
      if (openPolyline !== null && value !== 'VERTEX' && value !== 'SEQEND') bad(openPolyline, 'POLYLINE không kết thúc bằng SEQEND / a POLYLINE is not closed by SEQEND');
      if (value === 'SEQEND') openPolyline = null;
      if (value === 'POLYLINE') openPolyline = i + 2;
      if (value === 'EOF') sawEof = true;
      if (value === 'SECTION') continue;
      if (value === 'ENDSEC' && inEntities) {
        inEntities = false;
        entitiesEnd = i;
      }
      if (inEntities && value !== 'VERTEX' && value !== 'SEQEND') {
        entities++;
        if (entities > limits.maxFeatures) throw new ImportRefused('too-many-features', `Bản vẽ DXF có hơn ${limits.maxFeatures} đối tượng, vượt giới hạn mỗi lần nhập / The drawing has more than the limit of ${limits.maxFeatures} entities per import`);
      }
      if (value === 'LWPOLYLINE') polyline = { line: i + 2, declared: null, vertices: 0 };
    } else if (code === 2 && value === 'ENTITIES') {
      inEntities = true;
      sawEntities = true;
      entitiesStart = i + 2;
    } else if (polyline && code === 90) {
      const declared = Number(value);
      if (!Number.isInteger(declared) || declared < 1 || declared > limits.maxVerticesPerFeature) {
        bad(i + 2, `LWPOLYLINE khai báo ${value} đỉnh (giới hạn ${limits.maxVerticesPerFeature}) / an LWPOLYLINE declares ${value} vertices (limit ${limits.maxVerticesPerFeature})`);
      }
      polyline.declared = declared;
    } else if (polyline && code === 10) {
      polyline.vertices++;
    }
  }
  closePolyline();
  if (openPolyline !== null) bad(openPolyline, 'POLYLINE không kết thúc bằng SEQEND (tệp bị cắt cụt?) / a POLYLINE is not closed by SEQEND (truncated file?)');
  if (!sawEntities || inEntities || !sawEof) {
    throw new ImportRefused('dxf-unreadable', 'Tệp DXF bị cắt cụt hoặc thiếu phần ENTITIES / ENDSEC / EOF / The DXF is truncated or lacks its ENTITIES, ENDSEC or EOF');
  }
  return ['  0', 'SECTION', '  2', 'ENTITIES', ...lines.slice(entitiesStart, entitiesEnd), '  0', 'ENDSEC', '  0', 'EOF', ''].join('\n');
}

/** MTEXT with its inline formatting (\P, {\fArial|b0;…}, \H2.5;, \U+1EA1) reduced to plain text. */
export function plainDxfText(raw: string): string {
  return raw
    .replace(/\\U\+([0-9A-Fa-f]{4})/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/\\[Pp~]/g, ' ')
    .replace(/\\[ACFHQTWfhcpqtwa][^;\\{}]*;/g, '')
    .replace(/\\S([^;]*)[\^#/]([^;]*);/g, '$1/$2')
    .replace(/\\[LlOoKkNX]/g, '')
    .replace(/\\([\\{}])/g, '$1')
    .replace(/[{}]/g, '')
    .replace(/%%[cC]/g, 'Ø')
    .replace(/%%[dD]/g, '°')
    .replace(/%%[pP]/g, '±')
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC');
}

function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += ((ring[j]?.[0] ?? 0) - (ring[i]?.[0] ?? 0)) * ((ring[j]?.[1] ?? 0) + (ring[i]?.[1] ?? 0));
  }
  return Math.abs(sum / 2);
}

const position = (p: DxfPoint): Position => (p.z !== undefined && p.z !== 0 ? [p.x, p.y, p.z] : [p.x, p.y]);
const samePosition = (a: Position | undefined, b: Position | undefined) => a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];

/** A polyline's geometry: closed (flag or repeated first vertex) → Polygon, else LineString. */
function polylineGeometry(entity: DxfEntity): { geometry: Geometry | null; hasArcs: boolean } {
  const vertices = (entity.vertices ?? []).filter((v) => Number.isFinite(v.x) && Number.isFinite(v.y));
  const coordinates = vertices.map(position);
  const hasArcs = vertices.some((v) => v.bulge !== undefined && v.bulge !== 0);
  if (coordinates.length < 2) return { geometry: null, hasArcs };
  const closed = entity.shape === true || (coordinates.length >= 4 && samePosition(coordinates[0], coordinates[coordinates.length - 1]));
  if (closed && coordinates.length >= 3) {
    const ring = samePosition(coordinates[0], coordinates[coordinates.length - 1]) ? coordinates : [...coordinates, coordinates[0] as Position];
    return { geometry: ring.length >= 4 ? { type: 'Polygon', coordinates: [ring] } : null, hasArcs };
  }
  return { geometry: { type: 'LineString', coordinates }, hasArcs };
}

/** Same vertices (within 1 µm), in any order: one outline written twice, as polyline and hatch. */
function sameRing(a: Position[] | undefined, b: Position[] | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  return a.every((p) => b.some((q) => Math.abs((p[0] as number) - (q[0] as number)) < 1e-6 && Math.abs((p[1] as number) - (q[1] as number)) < 1e-6));
}

/** Where TEXT/MTEXT is anchored: the alignment point when the text is aligned, else the insertion point. */
function textAnchor(entity: DxfEntity): DxfPoint | undefined {
  if (entity.type === 'MTEXT') return entity.position;
  const aligned = (entity.halign ?? 0) !== 0 || (entity.valign ?? 0) !== 0;
  return aligned && entity.endPoint ? entity.endPoint : entity.startPoint;
}

/** A DXF drawing's model-space entities as features with `layer` (and `label` for lots with text inside). */
export async function readDxf(file: ImportFile, limits: ImportLimits): Promise<RawDataset> {
  checkFileSize(file.bytes, limits);
  const warnings: ImportIssue[] = [];
  const text = decodeDxf(file.bytes, warnings);
  const entitiesText = vetDxfText(text, limits);
  let entities: DxfEntity[];
  try {
    const parsed = new DxfParser().parseSync(entitiesText);
    entities = (parsed?.entities ?? []) as unknown as DxfEntity[];
  } catch (error) {
    throw new ImportRefused('dxf-unreadable', `Tệp DXF không đọc được / The DXF cannot be read (${error instanceof Error ? error.message.split('\n')[0] : '?'})`);
  }

  const features: RawFeature[] = [];
  const texts: Array<{ text: string; x: number; y: number }> = [];
  const skipped = new Map<string, number>();
  let arcs = 0;
  entities.forEach((entity, index) => {
    const layer = entity.layer ?? '0';
    const entityName = `${entity.type} ${entity.handle !== undefined ? `#${entity.handle}` : index + 1}`;
    const where = `lớp ${layer}, ${entityName} / layer ${layer}, ${entityName}`;
    let geometry: Geometry | null = null;
    switch (entity.type) {
      case 'LWPOLYLINE':
      case 'POLYLINE': {
        const result = polylineGeometry(entity);
        geometry = result.geometry;
        if (result.hasArcs) arcs++;
        break;
      }
      case 'LINE': {
        const [start, end] = entity.vertices ?? [];
        if (start && end) geometry = { type: 'LineString', coordinates: [position(start), position(end)] };
        break;
      }
      case 'POINT':
        if (entity.position) geometry = { type: 'Point', coordinates: position(entity.position) };
        break;
      case 'TEXT':
      case 'MTEXT': {
        const anchor = textAnchor(entity);
        const value = plainDxfText(entity.text ?? '');
        if (anchor && value !== '') texts.push({ text: value, x: anchor.x, y: anchor.y });
        return;
      }
      default:
        skipped.set(entity.type, (skipped.get(entity.type) ?? 0) + 1);
        return;
    }
    if (!geometry) {
      warnings.push({ where, code: 'dxf-degenerate', message: `${entity.type} trên lớp '${layer}' có quá ít đỉnh; bỏ qua / ${entity.type} on layer '${layer}' has too few vertices; skipped` });
      return;
    }
    features.push({ geometry, properties: { layer: layer.normalize('NFC') }, where });
  });

  // Filled areas: a HATCH whose outline is already a closed polyline on its layer adds nothing.
  let unreadableHatches = 0;
  for (const hatch of readDxfHatches(entitiesText)) {
    if (!hatch.geometry) {
      unreadableHatches++;
      continue;
    }
    const outer = hatch.geometry.type === 'Polygon' ? hatch.geometry.coordinates[0] : hatch.geometry.coordinates[0]?.[0];
    const duplicate = features.some((f) => f.properties.layer === hatch.layer && f.geometry?.type === 'Polygon' && sameRing(f.geometry.coordinates[0], outer));
    if (duplicate) continue;
    features.push({ geometry: hatch.geometry, properties: { layer: hatch.layer.normalize('NFC') }, where: `lớp ${hatch.layer}, HATCH #${hatch.handle ?? features.length + 1} / layer ${hatch.layer}, HATCH #${hatch.handle ?? features.length + 1}` });
  }
  if (unreadableHatches > 0) {
    warnings.push({ code: 'dxf-hatch-unreadable', message: `Bỏ qua ${unreadableHatches} vùng tô (HATCH) có biên dạng elip/spline hoặc hỏng / Skipped ${unreadableHatches} HATCH areas with ellipse/spline or broken boundaries` });
  }

  // Each text labels the smallest closed polyline around its anchor.
  const polygons = features
    .map((feature, index) => ({ index, ring: feature.geometry?.type === 'Polygon' ? feature.geometry.coordinates[0] ?? [] : [] }))
    .filter((p) => p.ring.length >= 4)
    .map((p) => ({ ...p, area: ringArea(p.ring) }))
    .sort((a, b) => a.area - b.area);
  let unplaced = 0;
  for (const label of texts) {
    const home = polygons.find((p) => ringContainsPoint(p.ring, label.x, label.y));
    if (!home) {
      unplaced++;
      continue;
    }
    const properties = (features[home.index] as RawFeature).properties;
    properties.label = typeof properties.label === 'string' ? `${properties.label}; ${label.text}` : label.text;
  }

  for (const [type, count] of skipped) {
    const what = type === 'INSERT' ? 'khối (block)' : type === 'CIRCLE' || type === 'ARC' ? 'đường tròn/cung tròn' : 'đối tượng';
    warnings.push({ code: 'dxf-entity-skipped', message: `Bỏ qua ${count} ${what} kiểu ${type}: chưa được hỗ trợ khi nhập / Skipped ${count} ${type} entities: not supported on import` });
  }
  if (arcs > 0) warnings.push({ code: 'dxf-arcs-straightened', message: `${arcs} đường đa tuyến có đoạn cung (bulge); các cung được thay bằng đoạn thẳng / ${arcs} polylines have arc segments (bulges); the arcs were replaced by straight segments` });
  if (unplaced > 0) warnings.push({ code: 'dxf-text-outside', message: `${unplaced} chữ (TEXT/MTEXT) không nằm trong đường bao khép kín nào; bỏ qua / ${unplaced} texts lie inside no closed boundary; skipped` });
  if (features.length === 0) throw new ImportRefused('dxf-no-features', 'Bản vẽ DXF không có đường bao, đường hay điểm nào đọc được / The drawing has no boundary, line or point that can be read');
  return enforceDatasetLimits({ format: 'dxf', features, declaredCrs: null, errors: [], warnings }, limits);
}

const strip = (text: string) =>
  text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toUpperCase();

/**
 * Land-use symbols as Vietnamese CAD plans and land registers write them (TT 08/2024/TT-BTNMT
 * symbols such as ODT, SKC, TMD; planning abbreviations such as CN, CX, GT) → TT 16/2025 codes.
 */
const landUseSymbols: ReadonlyArray<[LandUseCode, readonly string[]]> = [
  ['DAT_SX_Congnghiep', ['CN', 'DCN', 'KCN', 'CCN', 'SKC', 'SKK', 'SKN', 'CONGNGHIEP', 'KHO', 'KB', 'KHOBAI']],
  ['DAT_SX_Vatlieu', ['SKS', 'SKX', 'VLXD', 'KS']],
  ['DAT_O_Honhop_Nhomo', ['HH', 'HONHOP', 'OHH']],
  ['DAT_O_Langxom', ['ONT', 'LX', 'LANGXOM', 'DCNT']],
  ['DAT_O_Nhomnhao', ['O', 'ODT', 'DO', 'OM', 'OHT', 'NO', 'NHAO', 'OCT', 'OLK', 'OBT']],
  ['DAT_Dichvu', ['TMD', 'TM', 'DV', 'TMDV', 'CHO', 'DCH', 'DICHVU']],
  ['DAT_Dulich', ['DL', 'DDL', 'DULICH']],
  ['DAT_HTXH_CayxanhCC', ['CX', 'CXCC', 'CXDT', 'CXCV', 'DCX', 'CAYXANH', 'CV', 'DKV']],
  ['DAT_Cayxanhhanche', ['CXHC']],
  ['DAT_Cayxanhchuyendung', ['CXCL', 'CXCLY', 'CXCD', 'CLY']],
  ['DAT_HTXH_Theducthethao', ['TDTT', 'DTT', 'TT', 'THETHAO']],
  ['DAT_HTXH_Yte', ['YT', 'DYT', 'YTE']],
  ['DAT_HTXH_Vanhoa', ['VH', 'DVH', 'VANHOA']],
  ['DAT_HTXH_Truonghoc', ['GD', 'DGD', 'TH', 'THCS', 'MN', 'TRUONGHOC', 'GDDT']],
  ['DAT_Coquan', ['CQ', 'TSC', 'DTS', 'COQUAN']],
  ['DAT_DaotaoNC', ['DTNC', 'NC', 'DAOTAO']],
  ['DAT_Ditich_tongiao', ['TON', 'TIN', 'DDT', 'TG', 'DITICH', 'TONGIAO']],
  ['DAT_Anninh', ['CAN', 'AN', 'ANNINH']],
  ['DAT_Quocphong', ['CQP', 'QP', 'QUOCPHONG']],
  ['DAT_HTKT_DuongGT', ['GT', 'DGT', 'GIAOTHONG', 'DUONG', 'DUONGGT']],
  ['DAT_HTKT_Baidoxe', ['BX', 'BDX', 'P', 'BAIDOXE', 'DBX']],
  ['DAT_HTKT_Nghiatrang', ['NTD', 'NT', 'NGHIATRANG']],
  ['DAT_HTKT_Hatangkhac', ['HTKT', 'DKT', 'DNL', 'DBV', 'DRA', 'HATANG']],
  ['DAT_NN_Nongnghiep', ['NN', 'LUA', 'LUC', 'LUK', 'LUN', 'HNK', 'BHK', 'CLN', 'NKH', 'CHN', 'NONGNGHIEP']],
  ['DAT_NN_Rungsanxuat', ['RSX', 'RUNGSANXUAT']],
  ['DAT_NN_Rungphongho', ['RPH', 'RUNGPHONGHO']],
  ['DAT_NN_Rungdacdung', ['RDD', 'RUNGDACDUNG']],
  ['DAT_NN_Thuysan', ['NTS', 'THUYSAN']],
  ['DAT_KHAC_Songsuoi', ['SON', 'SONG', 'SUOI', 'MNC', 'SONGSUOI', 'KENH']],
  ['DAT_KHAC_Honuoc', ['HO', 'AO', 'MNCD', 'MN_HO', 'HONUOC', 'MATNUOC']],
  ['DAT_KHAC_Chuasudung', ['BCS', 'DCS', 'CSD', 'NCS', 'CHUASUDUNG']],
];
const symbolToCode = new Map<string, LandUseCode>(landUseSymbols.flatMap(([code, symbols]) => symbols.map((s) => [s, code] as [string, LandUseCode])));
const codesByUpper = new Map<string, LandUseCode>(landUseClasses.map((c) => [strip(c.code), c.code]));

/**
 * The land-use class a CAD layer name stands for ("DAT_CN", "CN", "SKC", "DAT O", "ODT",
 * "QH_CX_2025", "DAT_SX_Congnghiep"…), or null when the name says nothing recognisable.
 * Case and diacritics are ignored; a leading "DAT"/"LO"/"QH" word is noise.
 */
export function guessLandUseFromDxfLayer(name: string): LandUseCode | null {
  const upper = strip(name).trim();
  const exact = codesByUpper.get(upper.replace(/[\s-]+/g, '_'));
  if (exact) return exact;
  const words = upper.split(/[^A-Z0-9]+/).filter((w) => w !== '' && !/^\d+$/.test(w));
  const meaningful = words[0] === 'DAT' || words[0] === 'LO' || words[0] === 'QH' ? words.slice(1) : words;
  const joined = meaningful.join('');
  if (symbolToCode.has(joined)) return symbolToCode.get(joined) as LandUseCode;
  for (const word of meaningful) {
    const code = symbolToCode.get(word);
    if (code) return code;
  }
  for (const word of meaningful) {
    // A lot code such as "CN01" or "ODT3": the letters before the number.
    const letters = /^([A-Z]+)\d+$/.exec(word)?.[1];
    const code = letters ? symbolToCode.get(letters) : undefined;
    if (code) return code;
  }
  return null;
}
