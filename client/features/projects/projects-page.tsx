/**
 * The projects dashboard (`/du-an`): counts by status and kind, capital by status, the overdue
 * list, then every project in a filterable, sortable table and on a timeline — all as of a day
 * (`?ngay=`, today in Vietnam by default) so staff can look back or ahead. Status and overdue are
 * derived by the server for that day; filters and sort apply here to the list it returns.
 */
import { useMemo, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { projectKinds, projectStatuses } from '../../../shared/domain/project-status.ts';
import { isLanguage, type Language } from '../../i18n/languages.ts';
import { BarChart } from '../../ui/bar-chart.tsx';
import { Field } from '../../ui/field.tsx';
import { PageMessage } from '../../ui/page-message.tsx';
import { Spinner } from '../../ui/spinner.tsx';
import { TimelineChart, type TimelineRow } from '../../ui/timeline-chart.tsx';
import { useTRPC, type RouterOutputs } from '../../app/trpc.ts';
import { useNavigation } from '../../app/navigation.ts';
import { projectPath, routePaths } from '../../app/routes.ts';
import { useErrorMessage } from '../../app/use-error-message.ts';
import { useCurrentUser } from '../../app/use-auth.ts';
import { staffRoles } from '../../../shared/domain/roles.ts';
import { formatDate, formatNumber } from '../feature-popup/format-value.ts';
import { filterAndSortProjects, nextDeadline } from './project-list.ts';
import { kindLabel, overdueReasonLabel, statusColour, statusLabel } from './project-labels.ts';
import { asOfSearch, formatProjectsSearch, parseDay, parseProjectsSearch, projectSorts, vietnamToday, type ProjectSort, type ProjectsPageSearch } from './projects-search.ts';
import { StatusBadge } from './status-badge.tsx';

type ProjectItem = RouterOutputs['projects']['list'][number];

export function ProjectsPage() {
  const { t, i18n } = useTranslation();
  const dateLabels: DateLabels = {
    startDate: t('projects.startDate'),
    plannedEndDate: t('projects.plannedEndDate'),
    actualStartDate: t('projects.actualStartDate'),
    actualEndDate: t('projects.actualEndDate'),
    finalAccountsDeadline: t('projects.finalAccountsDeadline'),
  };
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'vi';
  const trpc = useTRPC();
  const { navigate, onLinkClick } = useNavigation();
  const errorMessage = useErrorMessage();
  const me = useCurrentUser();
  const isStaff = me.data ? staffRoles.includes(me.data.role) : false;
  const [today] = useState(() => vietnamToday(new Date()));
  const [search, setSearch] = useState<ProjectsPageSearch>(() => parseProjectsSearch(window.location.search));
  const asOf = search.asOf ?? today;

  const dashboard = useQuery(trpc.projects.dashboard.queryOptions({ asOf }, { placeholderData: keepPreviousData }));
  const list = useQuery(trpc.projects.list.queryOptions({ asOf }, { placeholderData: keepPreviousData }));

  const update = (changes: Partial<ProjectsPageSearch>) => {
    const next = { ...search, ...changes };
    setSearch(next);
    navigate(`${routePaths.projects}${formatProjectsSearch(next)}`, { replace: true });
  };

  const shown = useMemo(() => filterAndSortProjects(list.data ?? [], search), [list.data, search]);
  const linkSearch = asOfSearch(search.asOf);
  const onSvgLinkClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(event.currentTarget.getAttribute('href') ?? routePaths.projects);
  };

  return (
    <div className="admin-page admin-page--wide projects-page">
      <header className="admin-page__header admin-page__header--with-actions">
        <div>
          <h1 className="admin-page__title">{t('projects.title')}</h1>
          <p className="admin-page__intro">{t('projects.intro')}</p>
          {isStaff && (
            <p className="projects-page__links">
              <a href={routePaths.reports} onClick={onLinkClick}>{t('reports.pageTitle')}</a>
            </p>
          )}
        </div>
        <div className="as-of">
          <Field label={t('projects.asOf')} hint={t('projects.asOfHint')}>
            {(control) => (
              <input
                {...control}
                className="input"
                type="date"
                name="ngay"
                value={asOf}
                onChange={(event) => {
                  const day = parseDay(event.target.value);
                  if (day) update({ asOf: day === today ? undefined : day });
                }}
              />
            )}
          </Field>
          {search.asOf && (
            <button type="button" className="button" onClick={() => update({ asOf: undefined })}>{t('projects.backToToday')}</button>
          )}
        </div>
      </header>

      {(dashboard.isPending || list.isPending) && (
        <div className="page__loading"><Spinner label={t('projects.loading')} /><span>{t('projects.loading')}</span></div>
      )}
      {dashboard.isError && (
        <PageMessage
          tone="error"
          title={t('projects.loadFailed')}
          actions={<button type="button" className="button" onClick={() => { void dashboard.refetch(); void list.refetch(); }}>{t('errors.retry')}</button>}
        >
          <p>{errorMessage(dashboard.error)}</p>
        </PageMessage>
      )}

      {dashboard.data && (
        <section className="admin-section" aria-labelledby="projects-dashboard-title" aria-busy={dashboard.isFetching}>
          <h2 id="projects-dashboard-title" className="admin-section__title">
            {t('projects.dashboard', { date: formatDate(dashboard.data.asOf, language) })}
            <span className="admin-section__count">{t('projects.total', { count: dashboard.data.total })}</span>
          </h2>
          <div className="projects-dashboard">
            <BarChart
              title={t('projects.byStatus')}
              items={dashboard.data.byStatus.map((entry) => ({
                key: entry.status,
                label: statusLabel(entry.status, language),
                value: entry.count,
                valueLabel: String(entry.count),
                colour: statusColour(entry.status),
              }))}
            />
            <BarChart
              title={t('projects.byKind')}
              items={dashboard.data.byKind.map((entry) => ({
                key: entry.kind,
                label: kindLabel(entry.kind, language),
                value: entry.count,
                valueLabel: String(entry.count),
                colour: '#495057',
              }))}
            />
            <div>
              <BarChart
                title={t('projects.capitalByStatus')}
                items={dashboard.data.byStatus.filter((entry) => entry.count > 0).map((entry) => ({
                  key: entry.status,
                  label: statusLabel(entry.status, language),
                  value: entry.capitalBillionVnd,
                  valueLabel: formatNumber(entry.capitalBillionVnd, language),
                  ...(entry.withoutCapital > 0 ? { note: t('projects.capitalWithMissing', { count: entry.withoutCapital }) } : {}),
                  colour: statusColour(entry.status),
                }))}
              />
              <p className="projects-dashboard__note">
                {t('projects.capitalTotal', { value: formatNumber(dashboard.data.capitalBillionVnd, language), count: dashboard.data.projectsWithCapital })}{' '}
                {t('projects.capitalMissing', { count: dashboard.data.projectsWithoutCapital })}
              </p>
            </div>
          </div>

          <h3 className="projects-subtitle" id="projects-overdue-title">{t('projects.overdueTitle', { count: dashboard.data.overdue.length })}</h3>
          {dashboard.data.overdue.length === 0 ? (
            <p className="admin-section__empty">{t('projects.overdueNone')}</p>
          ) : (
            <ul className="overdue-list" aria-labelledby="projects-overdue-title">
              {dashboard.data.overdue.map((project) => (
                <li key={project.id} className="overdue-list__item" data-project={project.id}>
                  <a href={`${projectPath(project.id)}${linkSearch}`} onClick={onLinkClick}>{language === 'vi' ? project.name : project.nameEn}</a>
                  <span className="overdue-list__reasons">
                    {project.overdueReasons.map((reason) => (
                      <span key={reason} className="overdue-reason">
                        {overdueReasonLabel(reason, language)}
                        {reason === 'completion' && project.dates.plannedEndDate && ` (${t('projects.deadlineWas', { date: formatDate(project.dates.plannedEndDate, language) })})`}
                        {reason === 'final-accounts' && project.dates.finalAccountsDeadline && ` (${t('projects.deadlineWas', { date: formatDate(project.dates.finalAccountsDeadline, language) })})`}
                      </span>
                    ))}
                  </span>
                  {project.responsibleUnit && <span className="data-table__sub">{project.responsibleUnit}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {list.isError && (
        <PageMessage tone="error" title={t('projects.loadFailed')} actions={<button type="button" className="button" onClick={() => void list.refetch()}>{t('errors.retry')}</button>}>
          <p>{errorMessage(list.error)}</p>
        </PageMessage>
      )}

      {list.data && (
        <section className="admin-section" aria-labelledby="projects-list-title" aria-busy={list.isFetching}>
          <h2 id="projects-list-title" className="admin-section__title">
            {t('projects.listTitle')}
            <span className="admin-section__count">{t('projects.shown', { shown: shown.length, total: list.data.length })}</span>
          </h2>
          <div className="projects-filters" role="group" aria-label={t('projects.filters')}>
            <Field label={t('projects.status')}>
              {(control) => (
                <select {...control} className="input" value={search.status} onChange={(event) => update({ status: event.target.value as ProjectsPageSearch['status'] })}>
                  <option value="">{t('projects.any')}</option>
                  {projectStatuses.map((status) => <option key={status.code} value={status.code}>{status[language]}</option>)}
                </select>
              )}
            </Field>
            <Field label={t('projects.kind')}>
              {(control) => (
                <select {...control} className="input" value={search.kind} onChange={(event) => update({ kind: event.target.value as ProjectsPageSearch['kind'] })}>
                  <option value="">{t('projects.any')}</option>
                  {projectKinds.map((kind) => <option key={kind.code} value={kind.code}>{kind[language]}</option>)}
                </select>
              )}
            </Field>
            <Field label={t('projects.sort')}>
              {(control) => (
                <select {...control} className="input" value={search.sort} onChange={(event) => update({ sort: event.target.value as ProjectSort })}>
                  {projectSorts.map((sort) => <option key={sort} value={sort}>{t(`projects.sortBy.${sort}`)}</option>)}
                </select>
              )}
            </Field>
            <label className="checkbox-field">
              <input type="checkbox" checked={search.overdueOnly} onChange={(event) => update({ overdueOnly: event.target.checked })} />
              {t('projects.overdueOnly')}
            </label>
          </div>

          {shown.length === 0 ? (
            <p className="admin-section__empty">{t('projects.empty')}</p>
          ) : (
            <>
              <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="projects-list-title">
                <table className="data-table projects-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('projects.name')}</th>
                      <th scope="col">{t('projects.kind')}</th>
                      <th scope="col">{t('projects.status')}</th>
                      <th scope="col">{t('projects.progress')}</th>
                      <th scope="col">{t('projects.nextDeadline')}</th>
                      <th scope="col">{t('projects.overdue')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((project) => <ProjectTableRow key={project.id} project={project} language={language} linkSearch={linkSearch} />)}
                  </tbody>
                </table>
              </div>

              <h3 className="projects-subtitle">{t('projects.timeline')}</h3>
              <p className="timeline-legend">
                <span className="timeline-legend__planned" aria-hidden="true" /> {t('projects.timelinePlanned')}
                <span className="timeline-legend__actual" aria-hidden="true" /> {t('projects.timelineActual')}
                <span className="timeline-legend__marker" aria-hidden="true">◆</span> {t('projects.timelineFinalAccounts')}
                <span className="timeline-legend__today" aria-hidden="true" /> {t('projects.timelineToday')}
                <span className="timeline-legend__overdue" aria-hidden="true" /> {t('projects.timelineOverdue')}
              </p>
              <div className="timeline-scroll" tabIndex={0} role="region" aria-label={t('projects.timeline')}>
                <TimelineChart
                  title={t('projects.timeline')}
                  today={asOf}
                  todayLabel={search.asOf ? formatDate(asOf, language) : t('projects.timelineToday')}
                  noDatesLabel={t('projects.timelineNoDates')}
                  rows={shown.map((project) => timelineRow(project, language, `${projectPath(project.id)}${linkSearch}`, dateLabels))}
                  onLinkClick={onSvgLinkClick}
                />
              </div>
            </>
          )}
        </section>
      )}
    </div>
  );
}

type DateLabels = Record<'startDate' | 'plannedEndDate' | 'actualStartDate' | 'actualEndDate' | 'finalAccountsDeadline', string>;

/** The labels are passed in, not `t`: typing i18next's `t` through a parameter grows too deep for tsc. */
function timelineRow(project: ProjectItem, language: Language, href: string, labels: DateLabels): TimelineRow {
  const { dates } = project;
  const plannedFrom = dates.startDate ?? dates.actualStartDate;
  const describe = (label: string, day: string | null) => (day ? `${label}: ${formatDate(day, language)}` : undefined);
  return {
    key: project.id,
    label: language === 'vi' ? project.name : project.nameEn,
    href,
    planned: plannedFrom && dates.plannedEndDate ? { from: plannedFrom, to: dates.plannedEndDate } : null,
    actual: dates.actualStartDate ? { from: dates.actualStartDate, to: dates.actualEndDate } : null,
    markers: dates.finalAccountsDeadline ? [{ day: dates.finalAccountsDeadline, label: `${labels.finalAccountsDeadline}: ${formatDate(dates.finalAccountsDeadline, language)}` }] : [],
    colour: statusColour(project.status),
    highlighted: project.overdue,
    description: [
      statusLabel(project.status, language),
      describe(labels.startDate, dates.startDate),
      describe(labels.plannedEndDate, dates.plannedEndDate),
      describe(labels.actualStartDate, dates.actualStartDate),
      describe(labels.actualEndDate, dates.actualEndDate),
      describe(labels.finalAccountsDeadline, dates.finalAccountsDeadline),
    ].filter(Boolean).join('; '),
  };
}

function ProjectTableRow({ project, language, linkSearch }: { project: ProjectItem; language: Language; linkSearch: string }) {
  const { t } = useTranslation();
  const { onLinkClick } = useNavigation();
  const deadline = nextDeadline(project);
  return (
    <tr data-project={project.id} className={project.overdue ? 'projects-table__row--overdue' : undefined}>
      <td>
        <a href={`${projectPath(project.id)}${linkSearch}`} onClick={onLinkClick}>{language === 'vi' ? project.name : project.nameEn}</a>
        {project.illustrative && <span className="data-table__sub">{t('badge.illustrative')}</span>}
      </td>
      <td>{kindLabel(project.kind, language)}</td>
      <td><StatusBadge status={project.status} language={language} /></td>
      <td className="data-table__nowrap">{project.progressPercent === null ? t('values.empty') : `${formatNumber(project.progressPercent, language)}%`}</td>
      <td className="data-table__nowrap">{deadline ? formatDate(deadline, language) : t('values.empty')}</td>
      <td>{project.overdueReasons.map((reason) => overdueReasonLabel(reason, language)).join(', ') || t('values.empty')}</td>
    </tr>
  );
}
