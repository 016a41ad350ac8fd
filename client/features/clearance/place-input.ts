/**
 * The "check a place" form's text → the input of clearance.checkPlace. VN-2000 coordinates are
 * typed as surveys print them: "2 425 123,45", "2.425.123,45" or "2425123.45". Pure.
 */
import type { CheckPlaceInput } from '../../../shared/schemas/clearance.ts';
import { numberLocale, type Language } from '../../i18n/languages.ts';

export type PlaceMode = 'map' | 'vn2000' | 'cadastral';

export interface PlaceForm {
  mode: PlaceMode;
  x: string;
  y: string;
  formerCommuneCode: string;
  sheet: string;
  parcel: string;
}

export type PlaceField = 'point' | 'x' | 'y' | 'formerCommuneCode' | 'sheet' | 'parcel';
export type PlaceProblem = 'required' | 'number' | 'whole';

export const emptyPlaceForm: PlaceForm = { mode: 'vn2000', x: '', y: '', formerCommuneCode: '', sheet: '', parcel: '' };

/**
 * A survey number: spaces group thousands; a comma is the decimal mark (Vietnamese) unless the
 * text also has a dot after it; several dots group thousands. Null when it is not a number.
 */
export function parseSurveyNumber(text: string): number | null {
  let value = text.replace(/[\s\u00a0\u202f]/g, '');
  if (value === '') return null;
  const dots = (value.match(/\./g) ?? []).length;
  const commas = (value.match(/,/g) ?? []).length;
  if (commas > 0 && dots > 0) {
    // Whichever comes last is the decimal mark.
    value = value.lastIndexOf(',') > value.lastIndexOf('.') ? value.replace(/\./g, '').replace(',', '.') : value.replace(/,/g, '');
  } else if (commas === 1) {
    value = value.replace(',', '.');
  } else if (commas > 1) {
    value = value.replace(/,/g, '');
  } else if (dots > 1) {
    value = value.replace(/\./g, '');
  }
  if (!/^-?\d+(\.\d+)?$/.test(value)) return null;
  return Number(value);
}

function wholeNumber(text: string): number | null {
  const value = text.trim();
  return /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : null;
}

export type PlaceInputResult = { ok: true; input: CheckPlaceInput } | { ok: false; errors: Partial<Record<PlaceField, PlaceProblem>> };

export function placeInput(form: PlaceForm, clicked: readonly [number, number] | null): PlaceInputResult {
  if (form.mode === 'map') {
    return clicked ? { ok: true, input: { lon: clicked[0], lat: clicked[1] } } : { ok: false, errors: { point: 'required' } };
  }
  const errors: Partial<Record<PlaceField, PlaceProblem>> = {};
  if (form.mode === 'vn2000') {
    const x = parseSurveyNumber(form.x);
    const y = parseSurveyNumber(form.y);
    if (x === null) errors.x = form.x.trim() === '' ? 'required' : 'number';
    if (y === null) errors.y = form.y.trim() === '' ? 'required' : 'number';
    return x !== null && y !== null ? { ok: true, input: { x, y } } : { ok: false, errors };
  }
  const formerCommuneCode = form.formerCommuneCode.trim();
  const sheet = wholeNumber(form.sheet);
  const parcel = wholeNumber(form.parcel);
  if (formerCommuneCode === '') errors.formerCommuneCode = 'required';
  if (sheet === null) errors.sheet = form.sheet.trim() === '' ? 'required' : 'whole';
  if (parcel === null) errors.parcel = form.parcel.trim() === '' ? 'required' : 'whole';
  return formerCommuneCode !== '' && sheet !== null && parcel !== null ? { ok: true, input: { formerCommuneCode, sheet, parcel } } : { ok: false, errors };
}

/** A coordinate in metres as surveys print it: thin-space thousands, comma decimals in Vietnamese. */
export function formatMetres(value: number, language: Language): string {
  return new Intl.NumberFormat(numberLocale[language], { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(value);
}
