/**
 * The page-level parts of the clearance workspace, per commune: the summary (clearance.dashboard by
 * commune: parcels and hectares by stage, handed over, overdue, complaints), resettlement areas
 * (capacity, allocated, free; who got which lot when the server gives it) and land-use quotas
 * against what the projects take, with shortfalls flagged for the report to the province.
 * A commune officer sees their commune; Board staff and the public pick one, or all.
 */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { isLanguage, type Language } from '../../i18n/languages.ts';
import { Badge } from '../../ui/badge.tsx';
import { BarChart } from '../../ui/bar-chart.tsx';
import { Spinner } from '../../ui/spinner.tsx';
import { useTRPC, type RouterOutputs } from '../../app/trpc.ts';
import { useErrorMessage } from '../../app/use-error-message.ts';
import { formatDate, formatNumber } from '../feature-popup/format-value.ts';
import { stageChartItems, stageLabel } from './clearance-stages.ts';
import { squareMetresToHectares } from './clearance-summary.ts';

type Dashboard = RouterOutputs['clearance']['dashboard'];
type ResettlementArea = RouterOutputs['clearance']['resettlement'][number];
type QuotaRow = RouterOutputs['clearance']['quotas'][number];

function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'vi';
}

/** Loading, error (with retry) or the content: the same three states in every section. */
function QueryState<T>({ query, loading, children }: {
  query: { isPending: boolean; isError: boolean; error: unknown; data: T | undefined; refetch: () => unknown };
  loading: string;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  if (query.isPending) return <div className="page__loading"><Spinner label={loading} /><span>{loading}</span></div>;
  if (query.isError) {
    return (
      <div role="alert" className="clearance-overview__error">
        <p className="form-error">{errorMessage(query.error)}</p>
        <button type="button" className="button button--small" onClick={() => void query.refetch()}>{t('errors.retry')}</button>
      </div>
    );
  }
  return <>{query.data !== undefined && children(query.data)}</>;
}

export function CommunePicker({ communes, value, onChange, fixedName }: {
  communes: readonly { code: string; name: string }[];
  value: string;
  onChange: (code: string) => void;
  /** A commune officer's own commune: shown, not chosen. */
  fixedName: string | null;
}) {
  const { t } = useTranslation();
  const id = useId();
  if (fixedName !== null) return <p className="clearance-overview__commune" data-commune-fixed>{t('clearance.summary.yourCommune', { commune: fixedName })}</p>;
  return (
    <p className="clearance-overview__commune">
      <label htmlFor={id}>{t('clearance.summary.commune')}</label>{' '}
      <select id={id} className="input" name="commune" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('clearance.summary.allCommunes')}</option>
        {communes.map((commune) => <option key={commune.code} value={commune.code}>{commune.name}</option>)}
      </select>
    </p>
  );
}

export function CommuneSummary({ communeCode }: { communeCode: string | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const trpc = useTRPC();
  const dashboard = useQuery(trpc.clearance.dashboard.queryOptions(communeCode ? { communeCode } : {}));
  return (
    <section className="admin-section clearance-summary" aria-labelledby="clearance-summary-title" aria-busy={dashboard.isPending} data-commune={communeCode ?? ''}>
      <h2 id="clearance-summary-title" className="admin-section__title">{t('clearance.summary.title')}</h2>
      <QueryState query={dashboard} loading={t('clearance.loading')}>
        {(data: Dashboard) => data.parcels === 0 ? <p className="admin-section__empty">{t('clearance.summary.empty')}</p> : (
          <>
            <dl className="clearance-stats">
              <div><dt>{t('clearance.summary.boundaries')}</dt><dd data-summary="boundaries">{formatNumber(data.boundaries.length, language)}</dd></div>
              <div><dt>{t('clearance.statParcels')}</dt><dd data-summary="parcels">{formatNumber(data.parcels, language)}</dd></div>
              <div><dt>{t('clearance.statHectares')}</dt><dd data-summary="hectares">{formatNumber(data.affectedHa, language)}</dd></div>
              <div><dt>{t('clearance.statHandedOver')}</dt><dd data-summary="handed-over">{formatNumber(data.handedOver.percentByArea, language)}%</dd></div>
              <div><dt>{t('clearance.statOverdue')}</dt><dd data-summary="overdue">{formatNumber(data.overdue.parcels, language)}</dd></div>
              <div><dt>{t('clearance.statComplaints')}</dt><dd data-summary="complaints">{formatNumber(data.complaints, language)}</dd></div>
            </dl>
            <BarChart
              title={t('clearance.chartTitle')}
              items={stageChartItems(data.byStage, language, (row) => t('clearance.chartValue', { parcels: formatNumber(row.parcels, language), hectares: formatNumber(row.hectares, language) }))}
            />
            {data.overdue.byStep.length > 0 && (
              <p className="admin-section__note">{t('clearance.overdueSteps')}: {data.overdue.byStep.map((s) => `${stageLabel(s.step, language)} (${s.parcels})`).join('; ')}</p>
            )}
            <p className="admin-section__note">{t('clearance.asOf', { date: formatDate(data.asOf, language) })}</p>
          </>
        )}
      </QueryState>
    </section>
  );
}

export function ResettlementSection({ communeCode }: { communeCode: string | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const trpc = useTRPC();
  const areas = useQuery(trpc.clearance.resettlement.queryOptions(communeCode ? { communeCode } : {}));
  return (
    <section className="admin-section clearance-resettlement" aria-labelledby="clearance-resettlement-title" aria-busy={areas.isPending}>
      <h2 id="clearance-resettlement-title" className="admin-section__title">
        {t('clearance.resettlement.title')}{areas.data && <span className="admin-section__count">{areas.data.length}</span>}
      </h2>
      <QueryState query={areas} loading={t('clearance.resettlement.loading')}>
        {(data: ResettlementArea[]) => data.length === 0 ? <p className="admin-section__empty">{t('clearance.resettlement.empty')}</p> : (
          <>
            <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="clearance-resettlement-title">
              <table className="data-table clearance-resettlement__table">
                <thead>
                  <tr>
                    <th scope="col">{t('clearance.resettlement.area')}</th>
                    <th scope="col">{t('clearance.resettlement.commune')}</th>
                    <th scope="col" className="data-table__number">{t('clearance.resettlement.capacity')}</th>
                    <th scope="col" className="data-table__number">{t('clearance.resettlement.allocated')}</th>
                    <th scope="col" className="data-table__number">{t('clearance.resettlement.free')}</th>
                    <th scope="col" className="data-table__number">{t('clearance.resettlement.areaHa')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.map((area) => (
                    <tr key={area.id} data-area={area.id}>
                      <th scope="row">
                        {area.name}
                        {area.illustrative && <> <Badge tone="illustrative" title={t('badge.illustrativeHint')}>{t('badge.illustrative')}</Badge></>}
                      </th>
                      <td>{area.commune}</td>
                      <td className="data-table__number">{formatNumber(area.capacityLots, language)}</td>
                      <td className="data-table__number" data-value="allocated">{formatNumber(area.allocatedLots, language)}</td>
                      <td className="data-table__number" data-value="free">
                        {formatNumber(area.freeLots, language)}
                        {area.freeLots <= 0 && <> <Badge tone="warning">{t('clearance.resettlement.full')}</Badge></>}
                      </td>
                      <td className="data-table__number">{formatNumber(area.areaHa, language)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {data.filter((area) => area.allocations !== null).map((area) => (
              <div key={area.id} className="clearance-resettlement__allocations" data-allocations={area.id}>
                <h3 className="admin-section__subtitle">{t('clearance.resettlement.allocationsOf', { area: area.name })}</h3>
                {area.allocations!.length === 0 ? <p className="admin-section__empty">{t('clearance.resettlement.noAllocations')}</p> : (
                  <ul>
                    {area.allocations!.map((a) => (
                      <li key={a.householdId}>{t('clearance.resettlement.allocation', { household: a.headName || a.householdId, lot: a.lotCode, date: formatDate(a.allocatedOn, language) })}</li>
                    ))}
                  </ul>
                )}
              </div>
            ))}
            {data.some((area) => area.allocations === null) && <p className="admin-section__note">{t('clearance.resettlement.allocationsHidden')}</p>}
          </>
        )}
      </QueryState>
    </section>
  );
}

export function QuotasSection({ communeCode }: { communeCode: string | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const trpc = useTRPC();
  const quotas = useQuery(trpc.clearance.quotas.queryOptions(communeCode ? { communeCode } : {}));
  const ha = (m2: number) => formatNumber(squareMetresToHectares(m2), language);
  return (
    <section className="admin-section clearance-quotas" aria-labelledby="clearance-quotas-title" aria-busy={quotas.isPending}>
      <h2 id="clearance-quotas-title" className="admin-section__title">{t('clearance.quotas.title')}</h2>
      <p className="admin-section__note">{t('clearance.quotas.intro')}</p>
      <QueryState query={quotas} loading={t('clearance.quotas.loading')}>
        {(data: QuotaRow[]) => data.length === 0 ? <p className="admin-section__empty">{t('clearance.quotas.empty')}</p> : (
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="clearance-quotas-title">
            <table className="data-table clearance-quotas__table">
              <thead>
                <tr>
                  <th scope="col">{t('clearance.quotas.commune')}</th>
                  <th scope="col">{t('clearance.landType')}</th>
                  <th scope="col" className="data-table__number">{t('clearance.quotas.quota')}</th>
                  <th scope="col" className="data-table__number">{t('clearance.quotas.needed')}</th>
                  <th scope="col" className="data-table__number">{t('clearance.quotas.shortfall')}</th>
                  <th scope="col">{t('clearance.quotas.source')}</th>
                </tr>
              </thead>
              <tbody>
                {data.map((row) => (
                  <tr key={`${row.communeCode}|${row.landType}`} data-commune={row.communeCode} data-land-type={row.landType} data-shortfall={row.shortfall} className={row.shortfall ? 'clearance-quotas__shortfall' : undefined}>
                    <th scope="row">{row.commune}</th>
                    <td>{row.landType}</td>
                    <td className="data-table__number">{row.quotaM2 === null ? t('clearance.quotas.noQuota') : ha(row.quotaM2)}</td>
                    <td className="data-table__number">{ha(row.neededM2)}</td>
                    <td className="data-table__number" data-value="shortfall">
                      {row.shortfall ? (
                        <>
                          <strong>{ha(row.shortfallM2)}</strong>{' '}
                          <Badge tone="warning">{t('clearance.quotas.reportToProvince')}</Badge>
                        </>
                      ) : '—'}
                    </td>
                    <td>
                      {row.source ?? '—'}{row.period && <> ({row.period})</>}
                      {row.illustrative && <> <Badge tone="illustrative" title={t('badge.illustrativeHint')}>{t('badge.illustrative')}</Badge></>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </section>
  );
}
