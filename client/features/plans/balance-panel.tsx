/**
 * The land-use balance (bảng cân bằng sử dụng đất) of the revision shown, or — when comparing —
 * before, after and change per class, with the CSV export of the server and a chart beside it.
 * Hectares are the server's, computed on the VN-2000 TM-3 plane.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../app/trpc.ts';
import { useErrorMessage } from '../../app/use-error-message.ts';
import type { Language } from '../../i18n/languages.ts';
import { BarChart, DivergingBarChart } from '../../ui/bar-chart.tsx';
import { Spinner } from '../../ui/spinner.tsx';
import { balanceCsvHref, changedClasses, deltaDirection, formatDeltaHectares, formatHectares, formatPercent, landUseColourOf, landUseName } from './balance-format.ts';
import { areaUnits } from '../../i18n/format.ts';
import type { RevisionComparison } from '../../../shared/schemas/plans.ts';

function Swatch({ landUse }: { landUse: string }) {
  return <span className="balance-table__swatch" style={{ background: landUseColourOf(landUse) }} aria-hidden="true" />;
}

export function PanelState({ pending, error, onRetry }: { pending: boolean; error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  if (pending) {
    return <div className="plans-panel__loading"><Spinner label={t('panel.loading')} /><span>{t('panel.loading')}</span></div>;
  }
  if (error) {
    return (
      <div className="plans-panel__error" role="alert">
        <p>{errorMessage(error)}</p>
        <button type="button" className="button button--small" onClick={onRetry}>{t('catalogue.retry')}</button>
      </div>
    );
  }
  return null;
}

export function BalancePanel({ revisionId, comparison, comparisonState, language }: {
  revisionId: string;
  /** Set when comparing: the before / after / change rows. */
  comparison: RevisionComparison | undefined;
  comparisonState: { pending: boolean; error: unknown; retry: () => void } | undefined;
  language: Language;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const balance = useQuery({ ...trpc.plans.balance.queryOptions({ revisionId }), enabled: comparisonState === undefined });

  if (comparisonState) {
    if (!comparison) return <PanelState pending={comparisonState.pending} error={comparisonState.error} onRetry={comparisonState.retry} />;
    const changed = changedClasses(comparison.balance);
    return (
      <section className="balance" aria-labelledby="balance-title">
        <div className="plans-panel__head">
          <h2 id="balance-title" className="plans-panel__title">{t('plans.balance.compareTitle')}</h2>
          <a className="button button--small" href={balanceCsvHref(comparison.toRevisionId, comparison.fromRevisionId)} download>{t('plans.balance.csv')}</a>
        </div>
        <p className="plans-panel__hint">{t('plans.balance.hint')}</p>
        <div className="balance__layout">
          <table className="data-table balance-table balance-table--compare">
            <thead>
              <tr>
                <th scope="col">{t('plans.balance.landUse')}</th>
                <th scope="col" className="balance-table__number">{t('plans.balance.before')}</th>
                <th scope="col" className="balance-table__number">{t('plans.balance.after')}</th>
                <th scope="col" className="balance-table__number">{t('plans.balance.change')}</th>
              </tr>
            </thead>
            <tbody>
              {comparison.balance.map((row) => (
                <tr key={row.landUse} data-land-use={row.landUse} data-change={deltaDirection(row.deltaHectares)}>
                  <th scope="row"><Swatch landUse={row.landUse} />{landUseName(row.landUse, language)}</th>
                  <td className="balance-table__number">{formatHectares(row.fromHectares, language)}</td>
                  <td className="balance-table__number">{formatHectares(row.toHectares, language)}</td>
                  <td className={`balance-table__number balance-table__delta balance-table__delta--${deltaDirection(row.deltaHectares)}`}>{formatDeltaHectares(row.deltaHectares, language)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('plans.balance.total')}</th>
                <td className="balance-table__number">{formatHectares(comparison.totals.fromHectares, language)}</td>
                <td className="balance-table__number">{formatHectares(comparison.totals.toHectares, language)}</td>
                <td className="balance-table__number">{formatDeltaHectares(comparison.totals.deltaHectares, language)}</td>
              </tr>
            </tfoot>
          </table>
          {changed.length > 0 ? (
            <DivergingBarChart
              title={t('plans.balance.chartChange')}
              gainLabel={t('plans.balance.gain')}
              lossLabel={t('plans.balance.loss')}
              items={changed.map((row) => ({ key: row.landUse, label: landUseName(row.landUse, language), value: row.deltaHectares, valueLabel: `${formatDeltaHectares(row.deltaHectares, language)} ${areaUnits[language].hectares}`, colour: landUseColourOf(row.landUse) }))}
            />
          ) : (
            <p className="plans-panel__empty">{t('plans.balance.noChange')}</p>
          )}
        </div>
      </section>
    );
  }

  if (!balance.data) return <PanelState pending={balance.isPending} error={balance.error} onRetry={() => void balance.refetch()} />;
  const rows = balance.data.rows;
  return (
    <section className="balance" aria-labelledby="balance-title">
      <div className="plans-panel__head">
        <h2 id="balance-title" className="plans-panel__title">{t('plans.balance.title')}</h2>
        {rows.length > 0 && <a className="button button--small" href={balanceCsvHref(revisionId)} download>{t('plans.balance.csv')}</a>}
      </div>
      {rows.length === 0 ? (
        <p className="plans-panel__empty">{t('plans.balance.empty')}</p>
      ) : (
        <>
          <p className="plans-panel__hint">{t('plans.balance.hint')}</p>
          <div className="balance__layout">
            <table className="data-table balance-table">
              <thead>
                <tr>
                  <th scope="col">{t('plans.balance.landUse')}</th>
                  <th scope="col" className="balance-table__number">{t('plans.balance.hectares')}</th>
                  <th scope="col" className="balance-table__number">{t('plans.balance.share')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.landUse} data-land-use={row.landUse}>
                    <th scope="row"><Swatch landUse={row.landUse} />{landUseName(row.landUse, language)}</th>
                    <td className="balance-table__number">{formatHectares(row.hectares, language)}</td>
                    <td className="balance-table__number">{formatPercent(row.sharePercent, language)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('plans.balance.total')}</th>
                  <td className="balance-table__number">{formatHectares(balance.data.totalHectares, language)}</td>
                  <td className="balance-table__number">100%</td>
                </tr>
              </tfoot>
            </table>
            <BarChart
              title={t('plans.balance.chart')}
              items={[...rows].sort((a, b) => b.hectares - a.hectares).slice(0, 12).map((row) => ({ key: row.landUse, label: landUseName(row.landUse, language), value: row.hectares, valueLabel: `${formatHectares(row.hectares, language)} ${areaUnits[language].hectares}`, colour: landUseColourOf(row.landUse) }))}
            />
          </div>
        </>
      )}
    </section>
  );
}
