/**
 * KML and KMZ readers. XML from strangers is refused before parsing when it declares a DOCTYPE
 * or ENTITY (billion laughs, external entities reading server files) or nests deeper than the
 * limit; then @xmldom/xmldom + @tmcw/togeojson turn Placemarks into features. KML is WGS84
 * [lon, lat(, alt)] by definition (OGC 07-147r2 §6.2).
 */
import { DOMParser } from '@xmldom/xmldom';
import { kml } from '@tmcw/togeojson';
import { baseName, safeUnzip } from './safe-unzip.ts';
import { checkFileSize, decodeUtf8, enforceDatasetLimits, toAttributeValue, type AttributeValue } from './reader-support.ts';
import { ImportRefused, type ImportFile, type ImportLimits, type RawDataset, type RawFeature } from './reader-types.ts';

/** togeojson's styling output: drawing hints, not attributes of a plan feature. */
const styleProperties = new Set([
  'styleUrl', 'styleHash', 'styleMapHash', 'stroke', 'stroke-opacity', 'stroke-width', 'fill', 'fill-opacity',
  'icon', 'icon-scale', 'icon-color', 'icon-opacity', 'icon-heading', 'icon-offset', 'icon-offset-units', 'label-scale', 'label-color', 'label-opacity',
]);

/** Decode XML bytes: UTF-8 unless the declaration names another encoding the runtime knows. */
function decodeXml(bytes: Uint8Array): string {
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== null) return utf8;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /<\?xml[^>]*encoding=["']([A-Za-z0-9_-]+)["']/.exec(head)?.[1];
  if (declared) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // fall through to the refusal below
    }
  }
  throw new ImportRefused('kml-encoding', 'Tệp KML không phải UTF-8 và không khai báo bảng mã đọc được / The KML is not UTF-8 and declares no encoding that can be read');
}

/**
 * Refuses DOCTYPE/ENTITY declarations and nesting deeper than maxDepth, by scanning the text
 * before any parser sees it: a parser that expands entities has already lost.
 */
export function vetXml(text: string, maxDepth: number, what = 'KML'): void {
  if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text)) {
    throw new ImportRefused('xml-entities', `Tệp ${what} chứa khai báo DOCTYPE/ENTITY; vì an toàn, tệp bị từ chối / The ${what} file declares a DOCTYPE or ENTITY; it is refused for safety`);
  }
  const withoutNoise = text.replace(/<!--[\s\S]*?-->/g, '').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '').replace(/<\?[\s\S]*?\?>/g, '');
  // '<' is excluded inside a tag so that a start tag never scans past the next one (no quadratic blow-up).
  const tag = /<(\/?)[A-Za-z_][^\s/<>]*(?:"[^"]*"|'[^']*'|[^'"<>])*?(\/?)>/g;
  let depth = 0;
  for (let match = tag.exec(withoutNoise); match; match = tag.exec(withoutNoise)) {
    if (match[1]) depth--;
    else if (!match[2]) {
      depth++;
      if (depth > maxDepth) {
        throw new ImportRefused('xml-too-deep', `Tệp ${what} lồng thẻ sâu hơn ${maxDepth} cấp; tệp bị từ chối / The ${what} file nests elements deeper than ${maxDepth} levels; it is refused`);
      }
    }
  }
}

/**
 * Typed SimpleFields of the KML's Schemas, so their SimpleData come out as numbers and booleans.
 * togeojson turns a `bool` field with Boolean(text), which makes "0" and "false" true: those
 * fields are handed to it as strings and read here (1/0, true/false, as KML writes them).
 */
function typedFields(doc: ReturnType<DOMParser['parseFromString']>): { numeric: Set<string>; bool: Set<string> } {
  const numeric = new Set<string>();
  const bool = new Set<string>();
  const fields = doc.getElementsByTagName('SimpleField');
  for (let i = 0; i < fields.length; i++) {
    const field = fields.item(i);
    const type = field?.getAttribute('type')?.toLowerCase() ?? '';
    const name = field?.getAttribute('name');
    if (name && ['int', 'uint', 'short', 'ushort', 'float', 'double'].includes(type)) numeric.add(name);
    if (name && type === 'bool') {
      bool.add(name);
      field?.setAttribute('type', 'string');
    }
  }
  return { numeric, bool };
}

function kmlBoolean(value: unknown): AttributeValue {
  const text = typeof value === 'string' ? value.trim().toLowerCase() : value;
  if (text === '1' || text === 'true') return true;
  if (text === '0' || text === 'false') return false;
  return toAttributeValue(value);
}

function parseKmlText(text: string, limits: ImportLimits, format: 'kml' | 'kmz'): RawDataset {
  vetXml(text, limits.maxDepth);
  const problems: string[] = [];
  let doc: ReturnType<DOMParser['parseFromString']> | null = null;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') problems.push(message);
      },
    }).parseFromString(text, 'text/xml');
  } catch (error) {
    problems.push(error instanceof Error ? error.message : 'XML không hợp lệ');
  }
  const root = doc?.documentElement;
  if (problems.length > 0 || !doc || !root || root.localName !== 'kml') {
    const reason = problems[0] ?? `<${root?.localName ?? '?'}> ≠ <kml>`;
    throw new ImportRefused('kml-unreadable', `Tệp KML không đọc được / The KML cannot be read: ${reason.split('\n')[0]}`);
  }
  const { numeric, bool } = typedFields(doc);
  const collection = kml(doc);
  const warnings: RawDataset['warnings'] = [];
  const features: RawFeature[] = collection.features.map((feature, index) => {
    const properties: Record<string, AttributeValue> = {};
    for (const [key, value] of Object.entries(feature.properties ?? {})) {
      if (styleProperties.has(key) || (typeof value === 'object' && value !== null)) continue;
      const number = numeric.has(key) && typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
      properties[key] = bool.has(key) ? kmlBoolean(value) : Number.isFinite(number) ? number : toAttributeValue(value);
    }
    const name = typeof properties.name === 'string' && properties.name.trim() !== '' ? properties.name : null;
    return { geometry: feature.geometry, properties, where: name ? `Placemark '${name}'` : `Placemark ${index + 1}` };
  });
  if (features.length === 0) warnings.push({ code: 'no-features', message: 'Tệp KML không có Placemark nào / The KML has no Placemark' });
  return enforceDatasetLimits(
    { format, features, declaredCrs: { epsg: 4326, definition: null, source: 'kml' }, errors: [], warnings },
    limits,
  );
}

/** A .kml file: WGS84 placemarks with their ExtendedData as properties. */
export async function readKml(file: ImportFile, limits: ImportLimits): Promise<RawDataset> {
  checkFileSize(file.bytes, limits);
  return parseKmlText(decodeXml(file.bytes), limits, 'kml');
}

/** A .kmz: a zip vetted by safeUnzip whose doc.kml (or first .kml at the shallowest level) is read. */
export async function readKmz(file: ImportFile, limits: ImportLimits): Promise<RawDataset> {
  checkFileSize(file.bytes, limits);
  const entries = safeUnzip(file.bytes, limits);
  const kmlNames = [...entries.keys()].filter((name) => baseName(name).endsWith('.kml'));
  kmlNames.sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
  const chosen = kmlNames.find((name) => baseName(name) === 'doc.kml') ?? kmlNames[0];
  const bytes = chosen === undefined ? undefined : entries.get(chosen);
  if (!bytes) throw new ImportRefused('kmz-no-kml', 'Tệp KMZ không chứa tệp .kml nào / The KMZ holds no .kml document');
  const dataset = parseKmlText(decodeXml(bytes), limits, 'kmz');
  if (kmlNames.length > 1) {
    dataset.warnings.push({ code: 'kmz-extra-documents', message: `Tệp KMZ có ${kmlNames.length} tệp .kml; chỉ đọc '${chosen}' / The KMZ holds ${kmlNames.length} .kml documents; only '${chosen}' was read` });
  }
  return dataset;
}
