/**
 * Feature properties as people read them, in the UI language: booleans as Có/Không, codes through
 * the domain tables (land use, project status, clearance stage) or the enum labels of vi.ts/en.ts,
 * numbers and dates in the locale, arrays joined, referenced ids as names. Pure.
 */
import { landUseClass } from '../../../shared/domain/land-use.ts';
import { projectKinds, projectStatuses } from '../../../shared/domain/project-status.ts';
import { clearanceStages } from '../../../shared/domain/clearance-stage.ts';
import { lotClearanceStates, lotStatuses } from '../../../shared/domain/land-lots.ts';
import { localised, type Language, type LocalisedText } from '../../i18n/languages.ts';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { vi, type Messages } from '../../i18n/vi.ts';
import { en } from '../../i18n/en.ts';
import { zh } from '../../i18n/zh.ts';

const messages: Record<Language, Messages> = { vi, en, zh };

export interface FormatContext {
  language: Language;
  /** Names of features other features refer to by id (e.g. project id → project name). */
  references?: ReadonlyMap<string, string>;
}

/** Fills `{{name}}` placeholders. */
export function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * Vector tiles and queryRenderedFeatures flatten arrays and objects to JSON strings; turn them back.
 * Anything else is returned unchanged.
 */
export function deserialise(value: unknown): unknown {
  if (typeof value !== 'string' || !/^\s*[[{]/.test(value)) return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/** Numbers and calendar dates in the locale: one formatting module for the whole client. */
export { formatDate, formatNumber };

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function lookup<T extends { readonly code: string } & LocalisedText>(
  table: readonly T[], code: string, language: Language,
): string | undefined {
  const entry = table.find((candidate) => candidate.code === code);
  return entry ? localised(entry, language) : undefined;
}

function enumLabel(table: Readonly<Record<string, string>>, code: string): string | undefined {
  return Object.hasOwn(table, code) ? table[code] : undefined;
}

/** A code-valued property's label, or undefined when the property is not a known code. */
function codeLabel(layerId: string, key: string, code: string, language: Language): string | undefined {
  const enums = messages[language].enums;
  switch (key) {
    case 'landUse':
      return landUseClass(code)?.[language];
    case 'stage':
      return lookup(clearanceStages, code, language);
    case 'locationStatus':
      return enumLabel(enums.locationStatus, code);
    case 'status':
      switch (layerId) {
        case 'projects': return lookup(projectStatuses, code, language);
        case 'land-lots': return lookup(lotStatuses, code, language);
        default: return undefined;
      }
    case 'clearance':
      return layerId === 'land-lots' ? lookup(lotClearanceStates, code, language) : undefined;
    case 'kind':
      switch (layerId) {
        case 'communes': return enumLabel(enums.communeKind, code);
        case 'border-gates': return enumLabel(enums.gateKind, code);
        case 'cargo-lanes': return enumLabel(enums.cargoLaneKind, code);
        case 'projects': return lookup(projectKinds, code, language);
        default: return undefined;
      }
    default:
      return undefined;
  }
}

interface LanePhase {
  phase: string;
  lanes: number;
  source?: string;
}

function isLanePhase(value: unknown): value is LanePhase {
  return typeof value === 'object' && value !== null && 'phase' in value && 'lanes' in value;
}

function formatLanePhase(phase: LanePhase, language: Language): string {
  const text = messages[language].values;
  const lanes = interpolate(phase.lanes === 1 ? text.lanes_one : text.lanes_other, { count: formatNumber(phase.lanes, language) });
  if (!phase.source) return `${phase.phase}: ${lanes}`;
  return interpolate(text.lanePhase, { phase: phase.phase, lanes, source: phase.source });
}

const referenceKeys = new Set(['projectId', 'forProjects']);

/**
 * One property value as text; `undefined` when there is nothing to show (null, empty string,
 * empty list), so the popup leaves the row out.
 */
export function formatPropertyValue(layerId: string, key: string, raw: unknown, context: FormatContext): string | undefined {
  const { language } = context;
  const value = deserialise(raw);
  const text = messages[language].values;
  if (value === null || value === undefined || value === '') return undefined;
  if (Array.isArray(value)) {
    const parts = value
      .map((item: unknown) => (isLanePhase(item) ? formatLanePhase(item, language) : formatPropertyValue(layerId, key, item, context)))
      .filter((part): part is string => part !== undefined);
    if (parts.length === 0) return undefined;
    // Items that contain commas themselves (decision titles, phases) read better on separate clauses.
    return parts.join(parts.some((part) => part.includes(',')) ? '; ' : ', ');
  }
  if (typeof value === 'boolean') return value ? text.yes : text.no;
  if (typeof value === 'number') return Number.isFinite(value) ? formatNumber(value, language) : undefined;
  if (typeof value === 'string') {
    if (referenceKeys.has(key)) return context.references?.get(value) ?? value;
    const label = codeLabel(layerId, key, value, language);
    if (label !== undefined) return label;
    if (isoDate.test(value)) return formatDate(value, language);
    return value;
  }
  if (isLanePhase(value)) return formatLanePhase(value, language);
  return JSON.stringify(value);
}

export interface PropertyRow {
  key: string;
  label: string;
  value: string;
}

export interface PopupLayer {
  id: string;
  nameProperty: string;
  fields: Readonly<Record<string, { readonly vi: string; readonly en: string }>>;
}

/** Not rows: the name is the popup's title and the source its footer. */
const rowsLeftOut = new Set(['source', 'illustrative', 'id']);

/** The popup's rows: the layer's fields in the registry's order, with readable labels and values. */
export function propertyRows(layer: PopupLayer, properties: Record<string, unknown>, context: FormatContext): PropertyRow[] {
  const rows: PropertyRow[] = [];
  for (const [key, label] of Object.entries(layer.fields)) {
    if (rowsLeftOut.has(key) || key === layer.nameProperty) continue;
    // A project's status as derived for the day the map looks at, when the server gave it.
    const raw = layer.id === 'projects' && key === 'status' ? (properties['derivedStatus'] ?? properties[key]) : properties[key];
    const value = formatPropertyValue(layer.id, key, raw, context);
    if (value !== undefined) rows.push({ key, label: localised(label, context.language), value });
  }
  return rows;
}

/**
 * The feature's title: the English name where one exists and English or Chinese is on (the data
 * has no Chinese names; English reads better than Vietnamese diacritics there), else the name property.
 */
export function featureTitle(layer: PopupLayer, properties: Record<string, unknown>, language: Language): string | undefined {
  const english = properties['nameEn'];
  if (language !== 'vi' && typeof english === 'string' && english !== '') return english;
  const name = properties[layer.nameProperty] ?? properties['name'];
  if (typeof name === 'string' && name !== '') return name;
  if (typeof name === 'number') return String(name);
  return undefined;
}

/** Whether the feature says its data is illustrative (tiles may carry the flag as a string). */
export function isIllustrative(properties: Record<string, unknown>): boolean {
  const flag = properties['illustrative'];
  return flag === true || flag === 'true';
}
