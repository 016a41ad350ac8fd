/**
 * The monthly summary for the Board's meeting (`/bao-cao?ky=YYYY-MM`): every project with its
 * report of the month or "chưa báo cáo", late reports flagged, totals, the CSV export and a
 * printable layout (@media print in styles.css). Board staff only: the server decides.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { isLanguage, type Language } from '../../i18n/languages.ts';
import { Field } from '../../ui/field.tsx';
import { PageMessage } from '../../ui/page-message.tsx';
import { Spinner } from '../../ui/spinner.tsx';
import { useTRPC } from '../../app/trpc.ts';
import { apiErrorInfo } from '../../app/api-error.ts';
import { useNavigation } from '../../app/navigation.ts';
import { currentLocationPath, loginPath, projectPath, routePaths } from '../../app/routes.ts';
import { useErrorMessage } from '../../app/use-error-message.ts';
import { formatDate, formatNumber } from '../feature-popup/format-value.ts';
import { formatVietnamTime } from '../admin/format-time.ts';
import { currentPeriod, monthlyCsvHref, parsePeriod, periodOfSearch } from './report-period.ts';

export function MonthlySummaryPage() {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'vi';
  const trpc = useTRPC();
  const { navigate, onLinkClick } = useNavigation();
  const errorMessage = useErrorMessage();
  const [period, setPeriod] = useState(() => periodOfSearch(window.location.search) ?? currentPeriod(new Date()));
  const summary = useQuery(trpc.reports.monthlySummary.queryOptions({ period }, { placeholderData: keepPreviousData, retry: false }));
  const errorCode = summary.isError ? apiErrorInfo(summary.error).code : undefined;

  const choose = (value: string) => {
    const next = parsePeriod(value);
    if (!next) return;
    setPeriod(next);
    navigate(`${routePaths.reports}?ky=${next}`, { replace: true });
  };

  return (
    <div className="admin-page admin-page--wide monthly-summary">
      <header className="admin-page__header admin-page__header--with-actions">
        <div>
          <h1 className="admin-page__title">{t('reports.title', { period: `${period.slice(5)}/${period.slice(0, 4)}` })}</h1>
          <p className="admin-page__intro">{t('reports.intro')}</p>
        </div>
        <div className="as-of">
          <Field label={t('reports.period')}>
            {(control) => <input {...control} className="input" type="month" name="ky" value={period} onChange={(event) => choose(event.target.value)} />}
          </Field>
          <a className="button" href={monthlyCsvHref(period)} download><span aria-hidden="true">⤓ </span>{t('reports.exportCsv')}</a>
          <button type="button" className="button" onClick={() => window.print()}>{t('reports.print')}</button>
        </div>
      </header>

      {summary.isPending && <div className="page__loading"><Spinner label={t('reports.loading')} /><span>{t('reports.loading')}</span></div>}
      {summary.isError && (
        <PageMessage
          tone="error"
          title={t('reports.loadFailed')}
          actions={errorCode === 'UNAUTHORIZED'
            ? <a className="button button--primary" href={loginPath(currentLocationPath(window.location))} onClick={onLinkClick}>{t('auth.login')}</a>
            : <button type="button" className="button" onClick={() => void summary.refetch()}>{t('errors.retry')}</button>}
        >
          <p>{errorMessage(summary.error)}</p>
        </PageMessage>
      )}

      {summary.data && (
        <section className="admin-section" aria-labelledby="summary-table-title" aria-busy={summary.isFetching}>
          <h2 id="summary-table-title" className="admin-section__title">
            {t('reports.tableTitle')}
            <span className="admin-section__count">
              {t('reports.totals', { ...summary.data.totals })}
            </span>
          </h2>
          <p className="monthly-summary__due">
            {t(summary.data.duePassed ? 'reports.duePassed' : 'reports.dueOpen', { date: formatDate(summary.data.dueDate, language) })}
          </p>
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="summary-table-title">
            <table className="data-table monthly-summary__table">
              <thead>
                <tr>
                  <th scope="col">{t('projects.name')}</th>
                  <th scope="col">{t('reports.state')}</th>
                  <th scope="col">{t('projects.progress')}</th>
                  <th scope="col">{t('reports.issues')}</th>
                  <th scope="col">{t('reports.proposals')}</th>
                  <th scope="col">{t('reports.submitted')}</th>
                </tr>
              </thead>
              <tbody>
                {summary.data.rows.map((row) => (
                  <tr key={row.projectId} data-project={row.projectId} data-state={row.state}>
                    <td>
                      <a href={projectPath(row.projectId)} onClick={onLinkClick}>{language === 'vi' ? row.name : row.nameEn}</a>
                      {row.responsibleUnit && <span className="data-table__sub">{row.responsibleUnit}</span>}
                    </td>
                    <td>
                      {row.state === 'missing' && summary.data.duePassed ? (
                        <span className="report-state report-state--missing-late">{t('reports.states.missingLate')}</span>
                      ) : (
                        <span className={`report-state report-state--${row.state}`}>{t(`reports.states.${row.state}`)}</span>
                      )}
                    </td>
                    <td className="data-table__nowrap">{row.report ? `${formatNumber(row.report.progressPercent, language)}%` : t('values.empty')}</td>
                    <td className="monthly-summary__text">{row.report?.issues || t('values.empty')}</td>
                    <td className="monthly-summary__text">{row.report?.proposals || t('values.empty')}</td>
                    <td className="data-table__nowrap">
                      {row.report ? (
                        <>
                          <time dateTime={row.report.submittedAt}>{formatVietnamTime(row.report.submittedAt, language)}</time>
                          {row.report.submittedBy && <span className="data-table__sub data-table__mono">{row.report.submittedBy}</span>}
                        </>
                      ) : t('values.empty')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}
