/**
 * Two or three lots side by side (`/dat-dau-tu/so-sanh?lo=a,b,c`, from lots.compare): one row per
 * attribute and per distance (to every gate, cargo lane and the city). Rows whose values differ are
 * marked, and can be shown alone.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { utilities } from '../../../shared/domain/land-lots.ts';
import { MAX_COMPARED_LOTS, type LotSheet } from '../../../shared/schemas/lots.ts';
import { useTRPC } from '../../app/trpc.ts';
import { useNavigation } from '../../app/navigation.ts';
import { lotComparePath, lotPath, routePaths } from '../../app/routes.ts';
import { useErrorMessage } from '../../app/use-error-message.ts';
import { lastPortalSearch } from './last-portal-search.ts';
import { PageMessage } from '../../ui/page-message.tsx';
import { Spinner } from '../../ui/spinner.tsx';
import { formatDecimal, formatHa, formatKm, formatPercent, formatSquareMetres } from './portal-format.ts';
import { clearanceStateLabel, landUseLabel, lotStatusLabel, readinessLabel, utilityLabel } from './lot-labels.ts';
import { compareRows } from './compare-rows.ts';

export function LotComparePage({ ids }: { ids: string[] }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const { onLinkClick } = useNavigation();
  const shown = ids.slice(0, MAX_COMPARED_LOTS);
  const enough = shown.length >= 2;
  const lots = useQuery({ ...trpc.lots.compare.queryOptions({ ids: shown }), enabled: enough });
  const back = <a className="lot-sheet__back" href={`${routePaths.portal}${lastPortalSearch()}`} onClick={onLinkClick}><span aria-hidden="true">← </span>{t('portal.compare.backToList')}</a>;

  return (
    <div className="lot-compare" data-testid="lot-compare">
      <header className="lot-compare__header">
        {back}
        <h1 className="lot-sheet__title">{t('portal.compare.title')}</h1>
        <p className="lot-compare__intro">{t('portal.compare.intro')}</p>
        {ids.length > MAX_COMPARED_LOTS && <p className="notice-text" role="status">{t('portal.compare.tooMany', { max: MAX_COMPARED_LOTS })}</p>}
      </header>
      {!enough && <PageMessage title={t('portal.compare.needTwo')} actions={back} />}
      {enough && lots.isPending && <div className="page__loading"><Spinner label={t('portal.compare.loading')} /><span>{t('portal.compare.loading')}</span></div>}
      {enough && lots.isError && (
        <PageMessage tone="error" title={t('portal.loadFailed')} actions={<button type="button" className="button" onClick={() => void lots.refetch()}>{t('errors.retry')}</button>}>
          <p>{errorMessage(lots.error)}</p>
        </PageMessage>
      )}
      {enough && lots.data && <CompareTable lots={lots.data} />}
    </div>
  );
}

function CompareTable({ lots }: { lots: LotSheet[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { navigate, onLinkClick } = useNavigation();
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  const notGiven = t('portal.sheet.notGiven');
  const km = (value: number | undefined) => (value === undefined ? '—' : formatKm(value, lang));

  const rows = compareRows(lots, [
    { key: 'park', label: t('portal.sheet.park'), value: (lot) => t(`portal.parks.${lot.park}`) },
    { key: 'landUse', label: t('portal.sheet.landUse'), value: (lot) => landUseLabel(lot.landUse, lang) },
    { key: 'areaM2', label: t('portal.sheet.areaM2'), value: (lot) => formatSquareMetres(lot.areaM2, lang), number: (lot) => lot.areaM2 },
    { key: 'areaHa', label: t('portal.sheet.areaHa'), value: (lot) => formatHa(lot.areaHa, lang), number: (lot) => lot.areaHa },
    { key: 'status', label: t('portal.sheet.status'), value: (lot) => lotStatusLabel(lot.status, lang) },
    { key: 'lease', label: t('portal.sheet.leaseTerm'), value: (lot) => t('portal.sheet.leaseYears', { years: formatDecimal(lot.leaseTermYears, lang) }), number: (lot) => lot.leaseTermYears },
    { key: 'coverage', label: t('portal.sheet.coverage'), value: (lot) => formatPercent(lot.coveragePercentMax, lang), number: (lot) => lot.coveragePercentMax },
    { key: 'far', label: t('portal.sheet.far'), value: (lot) => formatDecimal(lot.floorAreaRatioMax, lang), number: (lot) => lot.floorAreaRatioMax },
    { key: 'floors', label: t('portal.sheet.floors'), value: (lot) => formatDecimal(lot.floorsMax, lang), number: (lot) => lot.floorsMax },
    { key: 'setback', label: t('portal.sheet.setback'), value: (lot) => t('portal.sheet.metres', { value: formatDecimal(lot.setbackMetres, lang) }), number: (lot) => lot.setbackMetres },
    ...utilities.map(({ code }) => ({ key: `readiness-${code}`, label: `${t('portal.sheet.readiness')}: ${utilityLabel(code, lang)}`, value: (lot: LotSheet) => readinessLabel(lot.readiness[code], lang) })),
    { key: 'clearance', label: t('portal.sheet.clearance'), value: (lot) => clearanceStateLabel(lot.clearance.state, lang) },
    { key: 'plan', label: t('portal.sheet.plan'), value: (lot) => lot.plan.trim() || notGiven },
    { key: 'decision', label: t('portal.sheet.decision'), value: (lot) => lot.planDecision?.trim() || notGiven },
    { key: 'nearestGate', label: t('portal.compare.nearestGate'), value: (lot) => (lot.distances.nearestGate ? `${lot.distances.nearestGate.name}: ${km(lot.distances.nearestGate.km)}` : '—'), number: (lot) => lot.distances.nearestGate?.km },
    { key: 'nearestLane', label: t('portal.compare.nearestCargoLane'), value: (lot) => (lot.distances.nearestCargoLane ? `${lot.distances.nearestCargoLane.name}: ${km(lot.distances.nearestCargoLane.km)}` : '—'), number: (lot) => lot.distances.nearestCargoLane?.km },
    { key: 'city', label: t('portal.sheet.city'), value: (lot) => km(lot.distancesToAll.city.km), number: (lot) => lot.distancesToAll.city.km },
    ...(lots[0]?.distancesToAll.gates ?? []).map((gate) => ({
      key: `gate-${gate.id}`,
      label: t('portal.compare.gateTo', { name: gate.name }),
      value: (lot: LotSheet) => km(lot.distancesToAll.gates.find((g) => g.id === gate.id)?.km),
      number: (lot: LotSheet) => lot.distancesToAll.gates.find((g) => g.id === gate.id)?.km,
    })),
    ...(lots[0]?.distancesToAll.cargoLanes ?? []).map((lane) => ({
      key: `lane-${lane.id}`,
      label: t('portal.compare.laneTo', { name: lane.name }),
      value: (lot: LotSheet) => km(lot.distancesToAll.cargoLanes.find((l) => l.id === lane.id)?.km),
      number: (lot: LotSheet) => lot.distancesToAll.cargoLanes.find((l) => l.id === lane.id)?.km,
    })),
  ]);
  const visible = onlyDifferences ? rows.filter((row) => row.differs) : rows;

  return (
    <>
      <label className="check lot-compare__toggle">
        <input type="checkbox" checked={onlyDifferences} onChange={(event) => setOnlyDifferences(event.target.checked)} />
        <span>{t('portal.compare.onlyDifferences')}</span>
      </label>
      <div className="table-scroll lot-compare__scroll" role="region" aria-label={t('portal.compare.title')} tabIndex={0}>
        <table className="lot-compare__table" data-testid="compare-table">
          <thead>
            <tr>
              <th scope="col">{t('portal.compare.attribute')}</th>
              {lots.map((lot) => (
                <th scope="col" key={lot.id} data-lot-id={lot.id}>
                  <a href={lotPath(lot.id)} onClick={onLinkClick}>{lot.code}</a>
                  {lots.length > 2 && (
                    <button type="button" className="button button--small lot-compare__remove" aria-label={t('portal.compare.remove', { code: lot.code })}
                      onClick={() => navigate(lotComparePath(lots.filter((other) => other.id !== lot.id).map((other) => other.id)))}>×</button>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <tr key={row.key} className={row.differs ? 'lot-compare__row--differs' : undefined} data-differs={row.differs ? 'true' : 'false'}>
                <th scope="row">
                  {row.label}
                  {row.differs && <span className="lot-compare__marker"> · {t('portal.compare.differs')}</span>}
                </th>
                {row.cells.map((cell, index) => (
                  <td key={lots[index]?.id ?? index} className={cell.best ? 'lot-compare__cell--extreme' : undefined}>{cell.text}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
