/**
 * "Kiểm tra vị trí": a click on the map, VN-2000 X (northing) / Y (easting) as surveys write them,
 * or a former commune code + map sheet + parcel number → clearance.checkPlace → the parcel, its
 * WGS84 and VN-2000 coordinates and the clearance boundaries it lies in. The server's refusal
 * (X and Y swapped, outside Lạng Sơn, no such parcel) is shown on the field it names.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { isLanguage, type Language } from '../../i18n/languages.ts';
import { Field } from '../../ui/field.tsx';
import { Badge } from '../../ui/badge.tsx';
import { useTRPC, type RouterOutputs } from '../../app/trpc.ts';
import { apiErrorInfo } from '../../app/api-error.ts';
import { useErrorMessage } from '../../app/use-error-message.ts';
import { formatNumber } from '../feature-popup/format-value.ts';
import { areaUnits } from '../../i18n/format.ts';
import { emptyPlaceForm, formatMetres, placeInput, type PlaceField, type PlaceForm, type PlaceMode } from './place-input.ts';
import { stageLabel } from './clearance-stages.ts';
import type { ParcelToUpdate } from './parcel-update-form.tsx';

export type CheckPlaceResult = RouterOutputs['clearance']['checkPlace'];
export interface CheckedPlace {
  result: CheckPlaceResult;
}

const modes: readonly PlaceMode[] = ['vn2000', 'cadastral', 'map'];

export function CheckPlace({ clicked, canEdit, onChecked, onUpdate }: {
  clicked: [number, number] | null;
  canEdit: boolean;
  onChecked: (place: CheckedPlace | null) => void;
  onUpdate: (parcel: ParcelToUpdate) => void;
}) {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'vi';
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const [form, setForm] = useState<PlaceForm>(emptyPlaceForm);
  const [errors, setErrors] = useState<Partial<Record<PlaceField, string>>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [result, setResult] = useState<CheckPlaceResult | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (field: keyof PlaceForm, value: string) => setForm((current) => ({ ...current, [field]: value }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setServerError(null);
    const parsed = placeInput(form, clicked);
    if (!parsed.ok) {
      setErrors(Object.fromEntries(Object.entries(parsed.errors).map(([field, problem]) => [field, t(`clearance.check.problem.${problem}` as 'clearance.check.problem.required')])));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const found = await queryClient.fetchQuery({ ...trpc.clearance.checkPlace.queryOptions(parsed.input), staleTime: 0 });
      setResult(found);
      onChecked({ result: found });
    } catch (error) {
      const info = apiErrorInfo(error);
      const message = errorMessage(error);
      setResult(null);
      onChecked(null);
      if (info.field && ['x', 'y', 'sheet', 'parcel', 'formerCommuneCode'].includes(info.field) && form.mode !== 'map') setErrors({ [info.field]: message });
      else setServerError(message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="admin-section clearance-check" aria-labelledby="clearance-check-title">
      <h3 id="clearance-check-title" className="admin-section__title">{t('clearance.check.title')}</h3>
      <form className="clearance-check__form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <fieldset className="clearance-check__modes">
          <legend className="field__label">{t('clearance.check.how')}</legend>
          {modes.map((mode) => (
            <label key={mode} className="clearance-check__mode">
              <input type="radio" name="place-mode" value={mode} checked={form.mode === mode} onChange={() => { setForm((current) => ({ ...current, mode })); setErrors({}); setServerError(null); }} />
              {t(`clearance.check.mode.${mode}`)}
            </label>
          ))}
        </fieldset>
        {form.mode === 'vn2000' && (
          <div className="clearance-check__row">
            <Field label={t('clearance.check.x')} hint={t('clearance.check.xHint')} error={errors.x}>
              {(control) => <input {...control} className="input" name="x" inputMode="decimal" autoComplete="off" value={form.x} onChange={(event) => set('x', event.target.value)} />}
            </Field>
            <Field label={t('clearance.check.y')} hint={t('clearance.check.yHint')} error={errors.y}>
              {(control) => <input {...control} className="input" name="y" inputMode="decimal" autoComplete="off" value={form.y} onChange={(event) => set('y', event.target.value)} />}
            </Field>
          </div>
        )}
        {form.mode === 'cadastral' && (
          <div className="clearance-check__row">
            <Field label={t('clearance.check.formerCommune')} hint={t('clearance.check.formerCommuneHint')} error={errors.formerCommuneCode}>
              {(control) => <input {...control} className="input" name="formerCommuneCode" autoComplete="off" value={form.formerCommuneCode} onChange={(event) => set('formerCommuneCode', event.target.value)} />}
            </Field>
            <Field label={t('clearance.check.sheet')} error={errors.sheet}>
              {(control) => <input {...control} className="input" name="sheet" inputMode="numeric" autoComplete="off" value={form.sheet} onChange={(event) => set('sheet', event.target.value)} />}
            </Field>
            <Field label={t('clearance.check.parcel')} error={errors.parcel}>
              {(control) => <input {...control} className="input" name="parcel" inputMode="numeric" autoComplete="off" value={form.parcel} onChange={(event) => set('parcel', event.target.value)} />}
            </Field>
          </div>
        )}
        {form.mode === 'map' && (
          <p className={`clearance-check__clicked${errors.point ? ' field__error' : ''}`} aria-live="polite">
            {clicked ? t('clearance.check.clickedAt', { lon: clicked[0].toFixed(6), lat: clicked[1].toFixed(6) }) : errors.point ?? t('clearance.check.clickHint')}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={busy}>{busy ? t('clearance.check.checking') : t('clearance.check.submit')}</button>
        {serverError && <p className="form-error" role="alert">{serverError}</p>}
      </form>

      {result && (
        <div className="clearance-check__result" aria-live="polite" data-result>
          {result.parcel ? (
            <p className="clearance-check__parcel" data-parcel={result.parcel.id}>
              <strong>{t('clearance.parcelKeyValue', { sheet: result.parcel.sheet, parcel: result.parcel.parcelNumber, commune: result.parcel.formerCommuneName })}</strong>
              {' · '}{result.parcel.commune} · {result.parcel.landType} · {formatNumber(result.parcel.areaM2, language)} {areaUnits[language].squareMetres}
              {result.parcel.illustrative && <> <Badge tone="illustrative">{t('badge.illustrative')}</Badge></>}
            </p>
          ) : <p>{t('clearance.check.noParcel')}</p>}
          <dl className="clearance-check__coordinates">
            <dt>WGS84</dt><dd data-coordinates="wgs84">{t('clearance.check.wgs84Value', { lon: result.wgs84[0].toFixed(7), lat: result.wgs84[1].toFixed(7) })}</dd>
            <dt>VN-2000 (TM-3 107°15′)</dt><dd data-coordinates="vn2000">X {formatMetres(result.vn2000.x, language)} · Y {formatMetres(result.vn2000.y, language)}</dd>
          </dl>
          {result.boundaries.length === 0 ? <p data-in-boundary="none">{t('clearance.check.noBoundary')}</p> : (
            <ul className="clearance-check__boundaries">
              {result.boundaries.map((hit) => {
                const label = result.parcel ? t('clearance.parcelKeyValue', { sheet: result.parcel.sheet, parcel: result.parcel.parcelNumber, commune: result.parcel.formerCommuneName }) : '';
                return (
                  <li key={hit.id} data-boundary={hit.id}>
                    <strong>{hit.name}</strong> ({hit.commune})
                    <br />
                    {hit.affectedAreaM2 !== null && <>{t('clearance.check.affected', { affected: formatNumber(hit.affectedAreaM2, language), remaining: formatNumber(hit.remainingAreaM2 ?? 0, language) })} · </>}
                    {hit.parcelStage ? <span data-stage={hit.parcelStage}>{stageLabel(hit.parcelStage, language)}</span> : <span>{t('clearance.check.stageHidden')}</span>}
                    {hit.complaint && <> <Badge tone="warning">{t('clearance.complaintYes')}</Badge></>}
                    {canEdit && result.parcel && hit.affectedAreaM2 !== null && (
                      <>
                        {' '}
                        <button
                          type="button"
                          className="button button--small"
                          onClick={() => onUpdate({ boundaryId: hit.id, parcelId: result.parcel!.id, label, stage: hit.parcelStage, complaint: hit.complaint, complaintNote: null, households: null })}
                        >
                          {t('clearance.update')}<span className="visually-hidden">: {label}</span>
                        </button>
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
