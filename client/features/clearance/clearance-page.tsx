/**
 * The communes' site-clearance workspace (`/giai-phong-mat-bang?ranh-gioi=<id>`): the boundaries
 * with their progress; for the open boundary a small map of its parcels by stage, the dashboard
 * (parcels and hectares by stage, handed over, overdue, complaints), "check a place", the
 * affected-parcel table with its exports, and the parcel update. Who sees what is the server's
 * decision (boundary `access`); the page only hides what the server would refuse anyway.
 */
import { useCallback, useMemo, useState } from 'react';
import type { Polygon } from 'geojson';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import type { ParcelStage } from '../../../shared/domain/clearance-schedule.ts';
import { isLanguage, type Language } from '../../i18n/languages.ts';
import { Badge } from '../../ui/badge.tsx';
import { BarChart } from '../../ui/bar-chart.tsx';
import { PageMessage } from '../../ui/page-message.tsx';
import { Spinner } from '../../ui/spinner.tsx';
import { SiteMap } from '../../map/site-map.tsx';
import { useTRPC, type RouterOutputs } from '../../app/trpc.ts';
import { useNavigation } from '../../app/navigation.ts';
import { clearancePath, loginPath } from '../../app/routes.ts';
import { absoluteUrl, basemapInput } from '../../app/basemap-input.ts';
import { useErrorMessage } from '../../app/use-error-message.ts';
import { useCurrentUser } from '../../app/use-auth.ts';
import { formatDate, formatNumber } from '../feature-popup/format-value.ts';
import { clearanceMapStyle } from './clearance-map-style.ts';
import { stageChartItems, stageLabel } from './clearance-stages.ts';
import { CheckPlace, type CheckedPlace } from './check-place.tsx';
import { ParcelUpdateDialog, type ParcelToUpdate } from './parcel-update-form.tsx';
import { BoundaryEditPanel } from './boundary-edit-panel.tsx';
import { CommunePicker, CommuneSummary, QuotasSection, ResettlementSection } from './commune-overview.tsx';
import { communeChoices, summaryCommune } from './clearance-summary.ts';

type Boundary = RouterOutputs['clearance']['boundaries'][number];
type Dashboard = RouterOutputs['clearance']['dashboard'];
type ParcelItem = RouterOutputs['clearance']['parcels']['items'][number];

export function ClearancePage({ boundaryId }: { boundaryId: string | undefined }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const { onLinkClick } = useNavigation();
  const boundaries = useQuery(trpc.clearance.boundaries.queryOptions());
  const selected = boundaries.data?.find((b) => b.id === boundaryId);
  const user = useCurrentUser();
  const [pickedCommune, setPickedCommune] = useState('');
  const communeCode = summaryCommune(user.data, pickedCommune);
  const communes = useMemo(() => communeChoices(boundaries.data ?? []), [boundaries.data]);
  const ownCommune = user.data?.role === 'commune' ? (user.data.communeName ?? user.data.communeCode ?? '') : null;

  return (
    <div className="admin-page admin-page--wide clearance-page">
      <header className="admin-page__header">
        <h1 className="admin-page__title">{t('clearance.title')}</h1>
        <p className="admin-page__intro">{t('clearance.intro')}</p>
      </header>

      {boundaries.isPending && <div className="page__loading"><Spinner label={t('clearance.loading')} /><span>{t('clearance.loading')}</span></div>}
      {boundaries.isError && (
        <PageMessage tone="error" title={t('clearance.loadFailed')} actions={<button type="button" className="button" onClick={() => void boundaries.refetch()}>{t('errors.retry')}</button>}>
          <p>{errorMessage(boundaries.error)}</p>
        </PageMessage>
      )}
      {boundaries.isSuccess && (
        <>
          <CommunePicker communes={communes} value={pickedCommune} onChange={setPickedCommune} fixedName={ownCommune} />
          <CommuneSummary communeCode={communeCode} />
          <nav className="admin-section clearance-page__boundaries" aria-labelledby="clearance-boundaries-title">
            <h2 id="clearance-boundaries-title" className="admin-section__title">
              {t('clearance.boundaries')}<span className="admin-section__count">{boundaries.data.length}</span>
            </h2>
            {boundaries.data.length === 0 ? <p className="admin-section__empty">{t('clearance.noBoundaries')}</p> : (
              <ul className="clearance-boundary-list">
                {boundaries.data.map((boundary) => (
                  <li key={boundary.id}>
                    <a
                      className="clearance-boundary-list__link"
                      href={clearancePath(boundary.id)}
                      onClick={onLinkClick}
                      aria-current={boundary.id === boundaryId ? 'page' : undefined}
                      data-boundary={boundary.id}
                    >
                      <span className="clearance-boundary-list__name">{boundary.name}</span>
                      <span className="clearance-boundary-list__meta">
                        {boundary.commune} · {t('clearance.parcelCount', { count: boundary.progress.parcels })} · {t('clearance.handedOverShort', { percent: boundary.progress.handedOver.percentByArea })}
                      </span>
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </nav>
          {boundaryId && !selected && (
            <PageMessage title={t('clearance.boundaryNotFound')}><p>{t('clearance.boundaryNotFoundBody')}</p></PageMessage>
          )}
          {!boundaryId && boundaries.data.length > 0 && <p className="clearance-page__hint">{t('clearance.pickBoundary')}</p>}
          {selected && <BoundaryWorkspace key={selected.id} boundary={selected} />}
          <ResettlementSection communeCode={communeCode} />
          <QuotasSection communeCode={communeCode} />
        </>
      )}
    </div>
  );
}

function BoundaryWorkspace({ boundary }: { boundary: Boundary }) {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'vi';
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const user = useCurrentUser();
  const config = useQuery(trpc.config.client.queryOptions());
  const dashboard = useQuery(trpc.clearance.dashboard.queryOptions({ boundaryId: boundary.id }));
  const parcels = useQuery({ ...trpc.clearance.parcels.queryOptions({ boundaryId: boundary.id, limit: 2000 }), enabled: boundary.access.parcels });
  const [checked, setChecked] = useState<CheckedPlace | null>(null);
  const [clicked, setClicked] = useState<[number, number] | null>(null);
  const [toUpdate, setToUpdate] = useState<ParcelToUpdate | null>(null);
  const canEdit = user.data ? ['commune', 'officer', 'admin'].includes(user.data.role) : false;
  // Editing the outline: the polygon as it was, and as the editor last reported it.
  const [editing, setEditing] = useState<{ original: Polygon; edited: Polygon | null } | null>(null);
  const [editPanelKey, setEditPanelKey] = useState(0);
  const onEdited = useCallback((polygon: Polygon) => setEditing((current) => (current ? { ...current, edited: polygon } : current)), []);
  const editedOriginal = editing?.original ?? null;
  const editingInput = useMemo(() => (editedOriginal ? { polygon: editedOriginal, onChange: onEdited } : null), [editedOriginal, onEdited]);

  const stages = useMemo(
    () => Object.fromEntries((parcels.data?.items ?? []).map((item) => [item.parcelId, item.stage])) as Record<string, ParcelStage>,
    [parcels.data],
  );
  const style = useMemo(() => clearanceMapStyle({
    basemap: basemapInput(window.location.origin, config.data?.basemap?.kind === 'style' ? undefined : config.data?.basemap, undefined),
    parcelTiles: absoluteUrl('/tiles/parcels/{z}/{x}/{y}.mvt', window.location.origin),
    boundary: boundary.geometry,
    stages,
    selectedParcel: checked?.result.parcel?.geometry ?? null,
    point: checked?.result.wgs84 ?? clicked,
  }), [config.data, boundary.geometry, stages, checked, clicked]);

  const exportHref = (format: 'csv' | 'geojson', crs: 'wgs84' | 'vn2000') => `/api/clearance/boundaries/${encodeURIComponent(boundary.id)}/parcels.${format}?crs=${crs}`;

  return (
    <section className="clearance-workspace" aria-labelledby="clearance-boundary-title" data-boundary={boundary.id}>
      <header className="clearance-workspace__header">
        <h2 id="clearance-boundary-title" className="clearance-workspace__title">{boundary.name}</h2>
        <p className="clearance-workspace__facts">
          {boundary.commune} · {t('clearance.areaHa', { value: formatNumber(boundary.areaHa, language) })}
          {boundary.targetHandoverDate && <> · {t('clearance.targetHandover', { date: formatDate(boundary.targetHandoverDate, language) })}</>}
          {boundary.illustrative && <> <Badge tone="illustrative" title={t('badge.illustrativeHint')}>{t('badge.illustrative')}</Badge></>}
        </p>
      </header>

      <div className="clearance-workspace__layout">
        <div className="clearance-workspace__map" id="clearance-map">
          {config.isSuccess ? (
            <SiteMap
              style={style}
              bbox={boundary.bbox}
              focus={checked?.result.wgs84 ?? null}
              ariaLabel={t('clearance.mapLabel')}
              zoomInLabel={t('map.zoomIn')}
              zoomOutLabel={t('map.zoomOut')}
              {...(editing ? {} : { onMapClick: setClicked })}
              editing={editingInput}
            />
          ) : (
            <div className="site-map site-map--loading"><Spinner label={t('clearance.loading')} /></div>
          )}
          <p className="clearance-workspace__map-note">{t('clearance.mapNote')}</p>
          {boundary.access.edit && boundary.geometry.type === 'Polygon' && !editing && (
            <p>
              <button type="button" className="button" onClick={() => { setEditing({ original: boundary.geometry as Polygon, edited: null }); setEditPanelKey((key) => key + 1); }}>
                {t('clearance.edit.start')}
              </button>
            </p>
          )}
          {editPanelKey > 0 && (
            <BoundaryEditPanel key={editPanelKey} boundaryId={boundary.id} active={editing !== null} polygon={editing?.edited ?? null} onDone={() => setEditing(null)} />
          )}
        </div>

        <div className="clearance-workspace__side">
          <DashboardSection dashboard={dashboard.data} error={dashboard.isError ? errorMessage(dashboard.error) : null} language={language} />
          <CheckPlace
            clicked={clicked}
            canEdit={canEdit}
            onChecked={setChecked}
            onUpdate={setToUpdate}
          />
        </div>
      </div>

      <section className="admin-section" aria-labelledby="clearance-parcels-title">
        <h3 id="clearance-parcels-title" className="admin-section__title">
          {t('clearance.parcels')}{parcels.data && <span className="admin-section__count">{parcels.data.total}</span>}
        </h3>
        {!boundary.access.parcels ? (
          <p className="admin-section__note">
            {user.data ? t('clearance.parcelsOtherCommune') : <>{t('clearance.parcelsSignIn')} <a href={loginPath(clearancePath(boundary.id))}>{t('auth.login')}</a></>}
          </p>
        ) : (
          <>
            <p className="clearance-exports">
              <span>{t('clearance.export')}</span>
              <a href={exportHref('csv', 'wgs84')} download>CSV · WGS84</a>
              <a href={exportHref('csv', 'vn2000')} download>CSV · VN-2000</a>
              <a href={exportHref('geojson', 'wgs84')} download>GeoJSON · WGS84</a>
              <a href={exportHref('geojson', 'vn2000')} download>GeoJSON · VN-2000</a>
            </p>
            {parcels.isPending && <div className="page__loading"><Spinner label={t('clearance.loadingParcels')} /><span>{t('clearance.loadingParcels')}</span></div>}
            {parcels.isError && <p className="form-error" role="alert">{errorMessage(parcels.error)}</p>}
            {parcels.isSuccess && (parcels.data.items.length === 0
              ? <p className="admin-section__empty">{t('clearance.noParcels')}</p>
              : <ParcelTable items={parcels.data.items} language={language} canEdit={boundary.access.edit} showHouseholds={boundary.access.households} onUpdate={setToUpdate} />)}
          </>
        )}
      </section>

      {toUpdate && <ParcelUpdateDialog parcel={toUpdate} onClose={() => setToUpdate(null)} />}
    </section>
  );
}

function DashboardSection({ dashboard, error, language }: { dashboard: Dashboard | undefined; error: string | null; language: Language }) {
  const { t } = useTranslation();
  return (
    <section className="admin-section clearance-dashboard" aria-labelledby="clearance-dashboard-title" aria-busy={!dashboard && !error}>
      <h3 id="clearance-dashboard-title" className="admin-section__title">{t('clearance.dashboard')}</h3>
      {error && <p className="form-error" role="alert">{error}</p>}
      {!dashboard && !error && <Spinner label={t('clearance.loading')} />}
      {dashboard && (
        <>
          <dl className="clearance-stats">
            <div><dt>{t('clearance.statParcels')}</dt><dd data-stat="parcels">{formatNumber(dashboard.parcels, language)}</dd></div>
            <div><dt>{t('clearance.statHectares')}</dt><dd data-stat="hectares">{formatNumber(dashboard.affectedHa, language)}</dd></div>
            <div><dt>{t('clearance.statHandedOver')}</dt><dd data-stat="handed-over">{formatNumber(dashboard.handedOver.percentByArea, language)}%</dd></div>
            <div><dt>{t('clearance.statOverdue')}</dt><dd data-stat="overdue">{formatNumber(dashboard.overdue.parcels, language)}</dd></div>
            <div><dt>{t('clearance.statComplaints')}</dt><dd data-stat="complaints">{formatNumber(dashboard.complaints, language)}</dd></div>
          </dl>
          <BarChart
            title={t('clearance.chartTitle')}
            items={stageChartItems(dashboard.byStage, language, (row) => t('clearance.chartValue', { parcels: formatNumber(row.parcels, language), hectares: formatNumber(row.hectares, language) }))}
          />
          {dashboard.overdue.byStep.length > 0 && (
            <p className="admin-section__note">
              {t('clearance.overdueSteps')}: {dashboard.overdue.byStep.map((s) => `${stageLabel(s.step, language)} (${s.parcels})`).join('; ')}
            </p>
          )}
          <p className="admin-section__note">{t('clearance.asOf', { date: formatDate(dashboard.asOf, language) })}</p>
        </>
      )}
    </section>
  );
}

function ParcelTable({ items, language, canEdit, showHouseholds, onUpdate }: {
  items: readonly ParcelItem[];
  language: Language;
  canEdit: boolean;
  showHouseholds: boolean;
  onUpdate: (parcel: ParcelToUpdate) => void;
}) {
  const { t } = useTranslation();
  const m2 = (value: number) => formatNumber(value, language);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="clearance-parcels-title">
      <table className="data-table clearance-parcels">
        <thead>
          <tr>
            <th scope="col">{t('clearance.parcelKey')}</th>
            <th scope="col">{t('clearance.landType')}</th>
            <th scope="col" className="data-table__number">{t('clearance.parcelArea')}</th>
            <th scope="col" className="data-table__number">{t('clearance.affectedArea')}</th>
            <th scope="col" className="data-table__number">{t('clearance.remainingArea')}</th>
            <th scope="col">{t('clearance.stage')}</th>
            <th scope="col">{t('clearance.complaint')}</th>
            <th scope="col" className="data-table__number">{t('clearance.households')}</th>
            {canEdit && <th scope="col"><span className="visually-hidden">{t('clearance.actions')}</span></th>}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const key = t('clearance.parcelKeyValue', { sheet: item.sheet, parcel: item.parcelNumber, commune: item.formerCommuneName ?? item.formerCommuneCode });
            return (
              <tr key={item.id} data-parcel={item.parcelId} data-stage={item.stage}>
                <th scope="row">{key}</th>
                <td>{item.landType}</td>
                <td className="data-table__number">{m2(item.parcelAreaM2)}</td>
                <td className="data-table__number">{m2(item.affectedAreaM2)}</td>
                <td className="data-table__number">{m2(item.remainingAreaM2)}</td>
                <td>
                  {stageLabel(item.stage, language)}
                  {item.overdue && <> <Badge tone="warning">{t('clearance.overdue')}</Badge></>}
                </td>
                <td>{item.complaint ? <Badge tone="warning">{t('clearance.complaintYes')}</Badge> : t('values.no')}</td>
                <td className="data-table__number" title={showHouseholds && item.households ? item.households.map((h) => h.headName).join(', ') : undefined}>{item.householdCount}</td>
                {canEdit && (
                  <td>
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => onUpdate({ boundaryId: item.boundaryId, parcelId: item.parcelId, label: key, stage: item.stage, complaint: item.complaint, complaintNote: item.complaintNote, households: item.households })}
                    >
                      {t('clearance.update')}<span className="visually-hidden">: {key}</span>
                    </button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
