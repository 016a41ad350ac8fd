import { describe, expect, it } from 'vitest';
import { emptyPlaceForm, parseSurveyNumber, placeInput } from './place-input.ts';

describe('parseSurveyNumber', () => {
  it('reads coordinates as Vietnamese surveys print them', () => {
    expect(parseSurveyNumber('2 425 123,45')).toBe(2425123.45);
    expect(parseSurveyNumber('2.425.123,45')).toBe(2425123.45);
    expect(parseSurveyNumber('2425123.45')).toBe(2425123.45);
    expect(parseSurveyNumber('2,425,123.45')).toBe(2425123.45);
    expect(parseSurveyNumber('438\u00a0123,4')).toBe(438123.4);
    expect(parseSurveyNumber(' 438123 ')).toBe(438123);
  });

  it('refuses what is not a number', () => {
    expect(parseSurveyNumber('')).toBeNull();
    expect(parseSurveyNumber('24x5')).toBeNull();
    expect(parseSurveyNumber('1,2.3,4')).toBeNull();
  });
});

describe('placeInput', () => {
  it('gives VN-2000 X (northing) and Y (easting) as typed, not swapped', () => {
    expect(placeInput({ ...emptyPlaceForm, mode: 'vn2000', x: '2 425 123,45', y: '438 000' }, null)).toEqual({ ok: true, input: { x: 2425123.45, y: 438000 } });
  });

  it('names the empty and the wrong fields', () => {
    expect(placeInput({ ...emptyPlaceForm, mode: 'vn2000', x: '', y: 'abc' }, null)).toEqual({ ok: false, errors: { x: 'required', y: 'number' } });
    expect(placeInput({ ...emptyPlaceForm, mode: 'cadastral', formerCommuneCode: ' ', sheet: '2.5', parcel: '0' }, null)).toEqual({
      ok: false,
      errors: { formerCommuneCode: 'required', sheet: 'whole', parcel: 'whole' },
    });
  });

  it('gives a cadastral key with whole numbers', () => {
    expect(placeInput({ ...emptyPlaceForm, mode: 'cadastral', formerCommuneCode: ' 11.1806.1 ', sheet: '12', parcel: '305' }, null)).toEqual({
      ok: true,
      input: { formerCommuneCode: '11.1806.1', sheet: 12, parcel: 305 },
    });
  });

  it('needs a clicked point in map mode', () => {
    expect(placeInput({ ...emptyPlaceForm, mode: 'map' }, null)).toEqual({ ok: false, errors: { point: 'required' } });
    expect(placeInput({ ...emptyPlaceForm, mode: 'map' }, [106.7, 21.9])).toEqual({ ok: true, input: { lon: 106.7, lat: 21.9 } });
  });
});
