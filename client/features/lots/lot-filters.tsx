/**
 * The portal's filters: land use, area range, status, park, networks ready, maximum distance to
 * the nearest gate or cargo lane, and the sort. Every change applies at once (the list and map
 * follow); a number being typed applies once it is valid, and says why while it is not.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lotStatuses, utilities, type ParkId } from '../../../shared/domain/land-lots.ts';
import { lotSortKeys, type LotFacets, type LotSort } from '../../../shared/schemas/lots.ts';
import type { LandUseCode } from '../../../shared/domain/land-use.ts';
import { activeFilterCount, parseAmount, toggled, withoutFilters, type PortalState } from './portal-url-state.ts';
import { formatDecimal } from './portal-format.ts';
import { landUseLabel, lotStatusLabel, utilityLabel } from './lot-labels.ts';

export function LotFilters({ state, facets, onChange }: {
  state: PortalState;
  facets: LotFacets | undefined;
  onChange: (next: PortalState) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const id = useId();
  const parkName = (park: ParkId) => t(`portal.parks.${park}`);

  return (
    <form className="lot-filters" aria-label={t('portal.filters.title')} onSubmit={(event) => event.preventDefault()}>
      <fieldset className="lot-filters__group">
        <legend>{t('portal.filters.landUse')}</legend>
        {(facets?.landUses ?? []).map(({ code, count }) => (
          <label key={code} className="check">
            <input
              type="checkbox"
              name="landUse"
              value={code}
              checked={state.landUse.includes(code)}
              onChange={(event) => onChange({ ...state, landUse: toggled<LandUseCode>(state.landUse, code, event.target.checked) })}
            />
            <span>{landUseLabel(code, language)} <span className="check__count">({formatDecimal(count, language)})</span></span>
          </label>
        ))}
      </fieldset>

      <AreaRange state={state} onChange={onChange} />

      <fieldset className="lot-filters__group">
        <legend>{t('portal.filters.status')}</legend>
        {lotStatuses.map(({ code }) => (
          <label key={code} className="check">
            <input type="checkbox" name="status" value={code} checked={state.status.includes(code)} onChange={(event) => onChange({ ...state, status: toggled(state.status, code, event.target.checked) })} />
            <span>{lotStatusLabel(code, language)}</span>
          </label>
        ))}
      </fieldset>

      <fieldset className="lot-filters__group">
        <legend>{t('portal.filters.park')}</legend>
        {(facets?.parks ?? []).map((park) => (
          <label key={park.id} className="check">
            <input type="checkbox" name="park" value={park.id} checked={state.park.includes(park.id)} onChange={(event) => onChange({ ...state, park: toggled(state.park, park.id, event.target.checked) })} />
            <span>{parkName(park.id)} <span className="check__count">({formatDecimal(park.lotCount, language)})</span></span>
          </label>
        ))}
      </fieldset>

      <fieldset className="lot-filters__group" aria-describedby={`${id}-readiness-hint`}>
        <legend>{t('portal.filters.readiness')}</legend>
        <p className="field__hint" id={`${id}-readiness-hint`}>{t('portal.filters.readinessHint')}</p>
        {utilities.map(({ code }) => (
          <label key={code} className="check">
            <input type="checkbox" name="readiness" value={code} checked={state.readiness.includes(code)} onChange={(event) => onChange({ ...state, readiness: toggled(state.readiness, code, event.target.checked) })} />
            <span>{utilityLabel(code, language)}</span>
          </label>
        ))}
      </fieldset>

      <MaxDistance state={state} onChange={onChange} />

      <div className="field">
        <label className="field__label" htmlFor={`${id}-sort`}>{t('portal.filters.sort')}</label>
        <select id={`${id}-sort`} name="sort" className="input" value={state.sort} onChange={(event) => onChange({ ...state, sort: event.target.value as LotSort })}>
          {lotSortKeys.map((key) => <option key={key} value={key}>{t(`portal.sort.${key}`)}</option>)}
        </select>
      </div>

      {activeFilterCount(state) > 0 && (
        <button type="button" className="button lot-filters__clear" onClick={() => onChange(withoutFilters(state))}>{t('portal.filters.clear')}</button>
      )}
    </form>
  );
}

/**
 * A number box's text: what is typed stays as typed (a decimal comma, a trailing point), and is
 * replaced only when the applied value changes from elsewhere (clear filters, back/forward).
 */
function useAmountInput(value: number | undefined, parse: (text: string) => number | undefined) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if (parse(text) !== value) setText(value === undefined ? '' : String(value));
  }
  return { text, setText };
}

const parseArea = (text: string) => (text.trim() === '' ? undefined : parseAmount(text, 100_000));
const parseDistance = (text: string) => (text.trim() === '' ? undefined : parseAmount(text, 500, true));

function AreaRange({ state, onChange }: { state: PortalState; onChange: (next: PortalState) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const min = useAmountInput(state.areaHaMin, parseArea);
  const max = useAmountInput(state.areaHaMax, parseArea);
  const minValue = parseArea(min.text);
  const maxValue = parseArea(max.text);
  const minInvalid = min.text.trim() !== '' && minValue === undefined;
  const maxInvalid = max.text.trim() !== '' && maxValue === undefined;
  const reversed = !minInvalid && !maxInvalid && minValue !== undefined && maxValue !== undefined && minValue > maxValue;
  const error = minInvalid || maxInvalid ? t('portal.filters.areaInvalid') : reversed ? t('portal.filters.areaOrder') : undefined;

  const apply = (nextMin: string, nextMax: string) => {
    const a = parseArea(nextMin);
    const b = parseArea(nextMax);
    if ((nextMin.trim() !== '' && a === undefined) || (nextMax.trim() !== '' && b === undefined)) return;
    if (a !== undefined && b !== undefined && a > b) return;
    if (a !== state.areaHaMin || b !== state.areaHaMax) onChange({ ...state, areaHaMin: a, areaHaMax: b });
  };

  return (
    <fieldset className={`lot-filters__group${error ? ' field--invalid' : ''}`} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
      <legend>{t('portal.filters.area')}</legend>
      <div className="lot-filters__pair">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-min`}>{t('portal.filters.areaMin')}</label>
          <input id={`${id}-min`} name="areaHaMin" className="input" inputMode="decimal" autoComplete="off" value={min.text} aria-invalid={minInvalid || reversed || undefined}
            onChange={(event) => { min.setText(event.target.value); apply(event.target.value, max.text); }} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-max`}>{t('portal.filters.areaMax')}</label>
          <input id={`${id}-max`} name="areaHaMax" className="input" inputMode="decimal" autoComplete="off" value={max.text} aria-invalid={maxInvalid || reversed || undefined}
            onChange={(event) => { max.setText(event.target.value); apply(min.text, event.target.value); }} />
        </div>
      </div>
      <p className="field__hint" id={`${id}-hint`}>{t('portal.filters.areaHint')}</p>
      {error && <p className="field__error" id={`${id}-error`}>{error}</p>}
    </fieldset>
  );
}

function MaxDistance({ state, onChange }: { state: PortalState; onChange: (next: PortalState) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const distance = useAmountInput(state.maxDistanceKm, parseDistance);
  const value = parseDistance(distance.text);
  const invalid = distance.text.trim() !== '' && value === undefined;
  const apply = (text: string) => {
    const next = parseDistance(text);
    if ((text.trim() === '' || next !== undefined) && next !== state.maxDistanceKm) onChange({ ...state, maxDistanceKm: next });
  };
  return (
    <fieldset className={`lot-filters__group${invalid ? ' field--invalid' : ''}`}>
      <legend>{t('portal.filters.distance')}</legend>
      <div className="lot-filters__pair">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-km`}>{t('portal.filters.distance')}</label>
          <input id={`${id}-km`} name="maxDistanceKm" className="input" inputMode="decimal" autoComplete="off" value={distance.text}
            aria-invalid={invalid || undefined} aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ''}`}
            onChange={(event) => { distance.setText(event.target.value); apply(event.target.value); }} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-to`}>{t('portal.filters.distanceTo')}</label>
          <select id={`${id}-to`} name="distanceTo" className="input" value={state.distanceTo} onChange={(event) => onChange({ ...state, distanceTo: event.target.value === 'cargo-lane' ? 'cargo-lane' : 'gate' })}>
            <option value="gate">{t('portal.filters.distanceGate')}</option>
            <option value="cargo-lane">{t('portal.filters.distanceCargoLane')}</option>
          </select>
        </div>
      </div>
      <p className="field__hint" id={`${id}-hint`}>{t('portal.filters.distanceHint')}</p>
      {invalid && <p className="field__error" id={`${id}-error`}>{t('portal.filters.distanceInvalid')}</p>}
    </fieldset>
  );
}
