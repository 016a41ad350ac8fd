/**
 * A project's sheet (`/du-an/<id>`): every field, the status derived for the day (`?ngay=`) and
 * why it is overdue, decisions and source, its place on a small map (with its chainage segment
 * when the notices give one, and a box to find a chainage), the history of updates (Board staff)
 * and, for officers and admins, the update form.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import type { Geometry } from 'geojson';
import { geometryBBox, type BBox } from '../../../shared/geo/bbox.ts';
import { isLanguage, type Language } from '../../i18n/languages.ts';
import { PageMessage } from '../../ui/page-message.tsx';
import { Spinner } from '../../ui/spinner.tsx';
import { Badge } from '../../ui/badge.tsx';
import { SiteMap } from '../../map/site-map.tsx';
import { siteMapStyle } from '../../map/site-map-style.ts';
import { useTRPC, type RouterOutputs } from '../../app/trpc.ts';
import { useNavigation } from '../../app/navigation.ts';
import { routePaths } from '../../app/routes.ts';
import { useCurrentUser } from '../../app/use-auth.ts';
import { useErrorMessage } from '../../app/use-error-message.ts';
import { basemapInput } from '../../app/basemap-input.ts';
import { formatDate, formatNumber } from '../feature-popup/format-value.ts';
import { formatVietnamTime } from '../admin/format-time.ts';
import { ChainageBox, type LocatedPoint } from './chainage-box.tsx';
import { kindLabel, overdueReasonLabel, statusLabel } from './project-labels.ts';
import { mapLinkToProject } from './project-chainage.ts';
import { asOfSearch, parseProjectsSearch } from './projects-search.ts';
import { ProjectUpdateForm } from './project-update-form.tsx';
import { ReportForm } from '../reports/report-form.tsx';
import { StatusBadge } from './status-badge.tsx';

type ProjectDetail = RouterOutputs['projects']['get'];

export function ProjectPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'vi';
  const trpc = useTRPC();
  const { onLinkClick } = useNavigation();
  const errorMessage = useErrorMessage();
  const me = useCurrentUser();
  const [asOf] = useState(() => parseProjectsSearch(window.location.search).asOf);
  const project = useQuery(trpc.projects.get.queryOptions(asOf ? { id, asOf } : { id }));
  const backHref = `${routePaths.projects}${asOfSearch(asOf)}`;
  const canUpdate = me.data?.role === 'officer' || me.data?.role === 'admin';

  return (
    <div className="admin-page admin-page--wide project-page">
      <p className="project-page__back">
        <a href={backHref} onClick={onLinkClick}><span aria-hidden="true">← </span>{t('projects.backToList')}</a>
      </p>
      {project.isPending && <div className="page__loading"><Spinner label={t('projects.loading')} /><span>{t('projects.loading')}</span></div>}
      {project.isError && (
        <PageMessage
          level={1}
          tone="error"
          title={t('projects.loadOneFailed')}
          actions={<button type="button" className="button" onClick={() => void project.refetch()}>{t('errors.retry')}</button>}
        >
          <p>{errorMessage(project.error)}</p>
        </PageMessage>
      )}
      {project.data && (
        <>
          <ProjectSheet project={project.data} language={language} />
          {canUpdate && <ReportForm projectId={id} progressPercent={project.data.progressPercent} language={language} />}
          {canUpdate && <ProjectUpdateForm id={id} project={project.data} language={language} />}
        </>
      )}
    </div>
  );
}

function ProjectSheet({ project, language }: { project: ProjectDetail; language: Language }) {
  const { t } = useTranslation();
  const value = (text: string | null | undefined) => (text ? text : t('values.empty'));
  const day = (date: string | null) => (date ? formatDate(date, language) : t('values.empty'));
  const mapHref = mapLinkToProject(project.id, project.bbox, language);
  return (
    <>
      <header className="admin-page__header">
        <h1 className="admin-page__title">{language === 'vi' ? project.name : project.nameEn}</h1>
        <p className="project-page__status">
          <StatusBadge status={project.status} language={language} />
          <span className="data-table__sub">{t('projects.asOfDay', { date: formatDate(project.asOf, language) })}</span>
          {project.illustrative && <Badge tone="illustrative" title={t('badge.illustrativeHint')}>{t('badge.illustrative')}</Badge>}
        </p>
        {project.overdue && (
          <ul className="project-page__overdue" aria-label={t('projects.overdue')}>
            {project.overdueReasons.map((reason) => (
              <li key={reason} className="overdue-reason">
                {overdueReasonLabel(reason, language)}
                {reason === 'completion' && project.dates.plannedEndDate && ` (${t('projects.deadlineWas', { date: formatDate(project.dates.plannedEndDate, language) })})`}
                {reason === 'final-accounts' && project.dates.finalAccountsDeadline && ` (${t('projects.deadlineWas', { date: formatDate(project.dates.finalAccountsDeadline, language) })})`}
              </li>
            ))}
          </ul>
        )}
      </header>

      <div className="project-page__columns">
        <section className="admin-section" aria-labelledby="project-fields-title">
          <h2 id="project-fields-title" className="admin-section__title">{t('projects.fields')}</h2>
          <dl className="project-fields">
            <dt>{t('projects.kind')}</dt><dd>{kindLabel(project.kind, language)}</dd>
            <dt>{t('projects.sector')}</dt><dd>{value(project.sector)}</dd>
            <dt>{t('projects.investor')}</dt><dd>{value(project.investor)}</dd>
            <dt>{t('projects.responsibleUnit')}</dt><dd>{value(project.responsibleUnit)}</dd>
            <dt>{t('projects.capital')}</dt>
            <dd>
              {project.capitalBillionVnd === null ? t('projects.capitalUnknown') : t('projects.capitalValue', { value: formatNumber(project.capitalBillionVnd, language) })}
              {project.capitalSource && <span className="data-table__sub">{project.capitalSource}</span>}
            </dd>
            <dt>{t('projects.storedStatus')}</dt><dd>{statusLabel(project.storedStatus, language)}</dd>
            <dt>{t('projects.progress')}</dt><dd>{project.progressPercent === null ? t('values.empty') : `${formatNumber(project.progressPercent, language)}%`}</dd>
            <dt>{t('projects.startDate')}</dt><dd>{day(project.dates.startDate)}</dd>
            <dt>{t('projects.plannedEndDate')}</dt><dd>{day(project.dates.plannedEndDate)}</dd>
            <dt>{t('projects.finalAccountsDeadline')}</dt><dd>{day(project.dates.finalAccountsDeadline)}</dd>
            <dt>{t('projects.actualStartDate')}</dt><dd>{day(project.dates.actualStartDate)}</dd>
            <dt>{t('projects.actualEndDate')}</dt><dd>{day(project.dates.actualEndDate)}</dd>
            <dt>{t('projects.finalAccountsDate')}</dt><dd>{day(project.dates.finalAccountsDate)}</dd>
            <dt>{t('projects.commune')}</dt><dd>{value(project.commune)}</dd>
            {project.gate && <><dt>{t('projects.gate')}</dt><dd>{project.gate}</dd></>}
            <dt>{t('projects.decisions')}</dt>
            <dd>
              {project.decisions.length === 0 ? t('values.empty') : (
                <ul className="project-fields__list">{project.decisions.map((decision) => <li key={decision}>{decision}</li>)}</ul>
              )}
            </dd>
            {project.note && <><dt>{t('projects.note')}</dt><dd>{project.note}</dd></>}
            <dt>{t('popup.source')}</dt><dd className="project-fields__source">{project.source}</dd>
          </dl>
        </section>

        <ProjectPlace project={project} language={language} mapHref={mapHref} />
      </div>

      <ProjectHistory history={project.history} language={language} />
    </>
  );
}

function ProjectPlace({ project, language, mapHref }: { project: ProjectDetail; language: Language; mapHref: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  // Road works given by chainage carry their road and stretch in the project data.
  const chainage = project.chainage ?? undefined;
  const config = useQuery(trpc.config.client.queryOptions());
  const segment = useQuery(trpc.chainage.segment.queryOptions(
    { roadId: chainage?.roadId ?? '', from: chainage?.from ?? '', to: chainage?.to ?? '' },
    { enabled: chainage !== undefined },
  ));
  const [located, setLocated] = useState<LocatedPoint | null>(null);
  const segmentGeometry: Geometry | null = segment.data?.geometry ?? null;
  const bbox: BBox = segmentGeometry ? geometryBBox(segmentGeometry) : project.bbox;
  const style = useMemo(() => siteMapStyle({
    basemap: basemapInput(window.location.origin, config.data?.basemap?.kind === 'style' ? undefined : config.data?.basemap, undefined),
    footprint: project.geometry,
    segment: segmentGeometry,
    point: located?.point ?? null,
  }), [config.data, project.geometry, segmentGeometry, located]);
  const mapReady = config.isSuccess && (chainage === undefined || !segment.isPending);

  return (
    <section className="admin-section project-place" aria-labelledby="project-place-title">
      <h2 id="project-place-title" className="admin-section__title">
        {t('projects.place')}
        <a className="button project-place__map-link" href={mapHref}>{t('projects.viewOnMap')}</a>
      </h2>
      {chainage && (
        <div className="chainage-segment" data-testid="chainage-segment">
          {segment.isPending && <Spinner label={t('projects.loading')} />}
          {segment.isError && <p className="field__error">{errorMessage(segment.error)}</p>}
          {segment.data && (
            <p>
              <span className="chainage-segment__swatch" aria-hidden="true" />
              {t('projects.chainage.segment')}: <strong className="chainage-segment__labels">{segment.data.fromFormatted} – {segment.data.toFormatted}</strong>
              {' '}({t('projects.chainage.length', { metres: formatNumber(segment.data.lengthMeters, language) })})
            </p>
          )}
        </div>
      )}
      {mapReady ? (
        <SiteMap
          style={style}
          bbox={bbox}
          focus={located?.point ?? null}
          ariaLabel={t('projects.siteMap', { name: language === 'vi' ? project.name : project.nameEn })}
          zoomInLabel={t('map.zoomIn')}
          zoomOutLabel={t('map.zoomOut')}
        />
      ) : (
        <div className="site-map site-map--loading"><Spinner label={t('projects.loading')} /></div>
      )}
      <ChainageBox defaultRoadId={chainage?.roadId} language={language} onLocated={setLocated} />
    </section>
  );
}

function ProjectHistory({ history, language }: { history: ProjectDetail['history']; language: Language }) {
  const { t } = useTranslation();
  // null: not Board staff; the server keeps the history for them.
  if (history === null) return null;
  const show = (field: string, raw: unknown) => {
    if (raw === null || raw === undefined || raw === '') return t('values.empty');
    if (field === 'status') return statusLabel(String(raw), language);
    if (field === 'progressPercent') return `${String(raw)}%`;
    return typeof raw === 'string' ? formatDate(raw, language) : JSON.stringify(raw);
  };
  return (
    <section className="admin-section" aria-labelledby="project-history-title">
      <h2 id="project-history-title" className="admin-section__title">{t('projects.history')}</h2>
      {history.length === 0 ? (
        <p className="admin-section__empty">{t('projects.historyEmpty')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="project-history-title">
          <table className="data-table project-history">
            <thead>
              <tr>
                <th scope="col">{t('audit.time')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('projects.storedStatus')}</th>
                <th scope="col">{t('projects.progress')}</th>
                <th scope="col">{t('audit.changes')}</th>
                <th scope="col">{t('projects.update.note')}</th>
              </tr>
            </thead>
            <tbody>
              {[...history].reverse().map((entry) => (
                <tr key={`${entry.at}-${entry.note}`}>
                  <td className="data-table__nowrap"><time dateTime={entry.at}>{formatVietnamTime(entry.at, language)}</time></td>
                  <td className="data-table__mono">{entry.actorUsername ?? t('audit.system')}</td>
                  <td>{statusLabel(entry.status, language)}</td>
                  <td>{entry.progressPercent === null ? t('values.empty') : `${formatNumber(entry.progressPercent, language)}%`}</td>
                  <td>
                    {Object.keys(entry.changes).length === 0 ? t('audit.noChanges') : (
                      <ul className="audit-diff">
                        {Object.entries(entry.changes).map(([field, change]) => (
                          <li key={field}>
                            <span className="audit-diff__field">{t(`projects.fieldNames.${field as 'status'}`, { defaultValue: field })}</span>{' '}
                            {show(field, change.from)} <span aria-hidden="true">→</span> {show(field, change.to)}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td className="project-history__note">{entry.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
