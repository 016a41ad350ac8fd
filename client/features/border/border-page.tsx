/**
 * Border operations (`/cua-khau`): the gates with their kind and clearance paths, the border
 * markers by number, the cargo lanes with their marker range, lanes per phase, status and the
 * smart-border-gate pilot — beside a map drawn with the main map's symbols. Every row can show its
 * feature on the map. A gate whose location is not agreed (Co Sa – Nà Ủ) is listed as "location
 * uncertain" and shown as its dashed, hatched area, never as a point.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import type { FeatureCollection } from 'geojson';
import { geometryBBox, type BBox } from '../../../shared/geo/bbox.ts';
import { FEATURE_LIMIT_MAX } from '../../../shared/layers/limits.ts';
import { isLanguage, type Language } from '../../i18n/languages.ts';
import { Badge } from '../../ui/badge.tsx';
import { LegendSwatch } from '../../ui/legend-swatch.tsx';
import { PageMessage } from '../../ui/page-message.tsx';
import { Spinner } from '../../ui/spinner.tsx';
import { SiteMap } from '../../map/site-map.tsx';
import { representativePoint } from '../../map/tools/anchor-point.ts';
import { useTRPC } from '../../app/trpc.ts';
import { useNavigation } from '../../app/navigation.ts';
import { routePaths } from '../../app/routes.ts';
import { basemapInput } from '../../app/basemap-input.ts';
import { useErrorMessage } from '../../app/use-error-message.ts';
import { legendEntries } from '../layers-panel/legend-entries.ts';
import { formatNumber } from '../feature-popup/format-value.ts';
import { borderMapStyle, type BorderLayerId } from './border-map-style.ts';
import {
  isLocationUncertain, lanesOfGate, markerRange, sortGates, sortMarkers,
  type GateFeature, type LaneFeature, type MarkerFeature, type SortDirection,
} from './border-data.ts';

type Focus = { point: [number, number]; fit: null } | { point: null; fit: BBox };

function useLayer(layerId: BorderLayerId) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.layers.features.queryOptions({ layerId, limit: FEATURE_LIMIT_MAX }), structuralSharing: false });
}

export function BorderPage() {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'vi';
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const { onLinkClick } = useNavigation();
  const config = useQuery(trpc.config.client.queryOptions());
  const line = useLayer('border-line');
  const gates = useLayer('border-gates');
  const markers = useLayer('border-markers');
  const lanes = useLayer('cargo-lanes');
  const queries = [line, gates, markers, lanes];
  const failed = queries.find((query) => query.isError);
  const loading = queries.some((query) => query.isPending);
  const [focus, setFocus] = useState<Focus | null>(null);
  const [markerSort, setMarkerSort] = useState<SortDirection>('ascending');

  const gateFeatures = useMemo(() => sortGates((gates.data?.features ?? []) as GateFeature[]), [gates.data]);
  const markerFeatures = useMemo(() => sortMarkers((markers.data?.features ?? []) as MarkerFeature[], markerSort), [markers.data, markerSort]);
  const laneFeatures = useMemo(() => (lanes.data?.features ?? []) as LaneFeature[], [lanes.data]);

  const style = useMemo(() => borderMapStyle({
    basemap: basemapInput(window.location.origin, config.data?.basemap?.kind === 'style' ? undefined : config.data?.basemap, undefined),
    data: {
      ...(line.data ? { 'border-line': line.data as FeatureCollection } : {}),
      ...(lanes.data ? { 'cargo-lanes': lanes.data as FeatureCollection } : {}),
      ...(markers.data ? { 'border-markers': markers.data as FeatureCollection } : {}),
      ...(gates.data ? { 'border-gates': gates.data as FeatureCollection } : {}),
    },
    focus: focus?.point ?? null,
  }), [config.data, line.data, lanes.data, markers.data, gates.data, focus]);
  const extent: BBox | null = gates.data && gates.data.features.length > 0
    ? gates.data.features.map((feature) => geometryBBox(feature.geometry)).reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])])
    : null;

  const show = (feature: { geometry: GateFeature['geometry'] }, asArea: boolean) => {
    const point = asArea ? undefined : representativePoint(feature.geometry);
    if (point) setFocus({ point, fit: null });
    else setFocus({ point: null, fit: geometryBBox(feature.geometry) });
    // On a phone the map is above the lists: bring it into view.
    document.getElementById('border-map')?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };

  const legend = [...legendEntries('border-gates', language), ...legendEntries('border-markers', language), ...legendEntries('cargo-lanes', language), ...legendEntries('border-line', language)];

  return (
    <div className="admin-page admin-page--wide border-page">
      <header className="admin-page__header">
        <h1 className="admin-page__title">{t('border.title')}</h1>
        <p className="admin-page__intro">{t('border.intro')}</p>
        <p className="projects-page__links">
          <a href={routePaths.trade} onClick={onLinkClick}>{t('border.tradeLink')}</a>
        </p>
      </header>

      {loading && !failed && <div className="page__loading"><Spinner label={t('border.loading')} /><span>{t('border.loading')}</span></div>}
      {failed && (
        <PageMessage
          tone="error"
          title={t('border.loadFailed')}
          actions={<button type="button" className="button" onClick={() => queries.forEach((query) => void query.refetch())}>{t('errors.retry')}</button>}
        >
          <p>{errorMessage(failed.error)}</p>
        </PageMessage>
      )}

      {!loading && !failed && (
        <div className="border-page__layout">
          <div className="border-page__map" id="border-map">
            {config.isSuccess ? (
              <SiteMap
                style={style}
                bbox={extent}
                focus={focus?.point ?? null}
                fitTo={focus?.fit ?? null}
                ariaLabel={t('border.mapLabel')}
                zoomInLabel={t('map.zoomIn')}
                zoomOutLabel={t('map.zoomOut')}
              />
            ) : (
              <div className="site-map site-map--loading"><Spinner label={t('border.loading')} /></div>
            )}
            <ul className="legend border-page__legend" aria-label={t('border.legend')}>
              {legend.map((entry) => (
                <li key={entry.key} className="legend__entry">
                  <LegendSwatch swatch={entry.swatch} />
                  <span className="legend__label">{entry.label}</span>
                </li>
              ))}
            </ul>
          </div>

          <div className="border-page__lists">
            <GatesSection gates={gateFeatures} lanes={laneFeatures} language={language} onShow={show} />
            <MarkersSection markers={markerFeatures} sort={markerSort} onSortChange={setMarkerSort} onShow={show} />
            <LanesSection lanes={laneFeatures} language={language} onShow={show} />
          </div>
        </div>
      )}
    </div>
  );
}

function GatesSection({ gates, lanes, language, onShow }: {
  gates: readonly GateFeature[];
  lanes: readonly LaneFeature[];
  language: Language;
  onShow: (feature: GateFeature, asArea: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="admin-section" aria-labelledby="border-gates-title">
      <h2 id="border-gates-title" className="admin-section__title">
        {t('border.gates')}<span className="admin-section__count">{gates.length}</span>
      </h2>
      {gates.length === 0 ? <p className="admin-section__empty">{t('border.empty')}</p> : (
        <ul className="gate-list">
          {gates.map((gate) => {
            const p = gate.properties;
            const uncertain = isLocationUncertain(p);
            const paths = lanesOfGate(gate, lanes, 'clearance-path');
            const roads = lanesOfGate(gate, lanes, 'cargo-road');
            return (
              <li key={gate.id} className={`gate-card${uncertain ? ' gate-card--uncertain' : ''}`} data-gate={gate.id}>
                <div className="gate-card__head">
                  <h3 className="gate-card__name">{language === 'vi' ? p.name : p.nameEn}</h3>
                  <span className="gate-card__kind">{t(`enums.gateKind.${p.kind}`)}</span>
                </div>
                <p className="gate-card__location">
                  {uncertain ? (
                    <Badge tone="warning">{t('border.uncertain')}</Badge>
                  ) : (
                    <span>{p.positionAccuracyM !== undefined ? t('border.approximateWithin', { metres: formatNumber(p.positionAccuracyM, language) }) : t(`enums.locationStatus.${p.locationStatus}`)}</span>
                  )}
                  {p.illustrative && <Badge tone="illustrative" title={t('badge.illustrativeHint')}>{t('badge.illustrative')}</Badge>}
                </p>
                <dl className="gate-card__facts">
                  {p.pairedWith && <><dt>{t('border.pairedWith')}</dt><dd>{p.pairedWith}</dd></>}
                  {p.markers && <><dt>{t('border.markers')}</dt><dd>{p.markers}</dd></>}
                  <dt>{t('border.clearancePaths')}</dt>
                  <dd className="gate-card__paths">
                    {paths.length === 0 ? t('border.noClearancePath') : paths.map((path) => `${language === 'vi' ? path.properties.name : path.properties.nameEn}`).join('; ')}
                  </dd>
                  {roads.length > 0 && <><dt>{t('border.cargoRoads')}</dt><dd>{roads.map((road) => t('border.markerRange', { range: markerRange(road.properties) })).join('; ')}</dd></>}
                  {uncertain && p.note && <><dt>{t('border.note')}</dt><dd>{p.note}</dd></>}
                </dl>
                <button type="button" className="button" onClick={() => onShow(gate, uncertain)}>
                  {uncertain ? t('border.showArea') : t('border.showOnMap')}
                  <span className="visually-hidden">: {language === 'vi' ? p.name : p.nameEn}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function MarkersSection({ markers, sort, onSortChange, onShow }: {
  markers: readonly MarkerFeature[];
  sort: SortDirection;
  onSortChange: (sort: SortDirection) => void;
  onShow: (feature: MarkerFeature, asArea: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="admin-section" aria-labelledby="border-markers-title">
      <h2 id="border-markers-title" className="admin-section__title">
        {t('border.markersTitle')}<span className="admin-section__count">{markers.length}</span>
      </h2>
      <p className="admin-section__note">{t('border.markersNote')}</p>
      {markers.length === 0 ? <p className="admin-section__empty">{t('border.empty')}</p> : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="border-markers-title">
          <table className="data-table markers-table">
            <thead>
              <tr>
                <th scope="col" aria-sort={sort}>
                  <button type="button" className="sort-button" onClick={() => onSortChange(sort === 'ascending' ? 'descending' : 'ascending')}>
                    {t('border.markerNumber')}
                    <span aria-hidden="true">{sort === 'ascending' ? ' ▲' : ' ▼'}</span>
                    <span className="visually-hidden"> ({sort === 'ascending' ? t('border.sortedAscending') : t('border.sortedDescending')})</span>
                  </button>
                </th>
                <th scope="col">{t('border.gate')}</th>
                <th scope="col">{t('border.note')}</th>
              </tr>
            </thead>
            <tbody>
              {markers.map((marker) => (
                <tr key={marker.id} data-marker={marker.properties.number}>
                  <td>
                    <button type="button" className="link-button markers-table__number" onClick={() => onShow(marker, false)}>
                      {t('border.marker', { number: marker.properties.number })}
                    </button>
                  </td>
                  <td>{marker.properties.gate}</td>
                  <td className="markers-table__note">{marker.properties.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function LanesSection({ lanes, language, onShow }: {
  lanes: readonly LaneFeature[];
  language: Language;
  onShow: (feature: LaneFeature, asArea: boolean) => void;
}) {
  const { t } = useTranslation();
  const lanesText = (count: number | undefined) => (count === undefined ? t('values.empty') : t('border.lanes', { count }));
  return (
    <section className="admin-section" aria-labelledby="border-lanes-title">
      <h2 id="border-lanes-title" className="admin-section__title">
        {t('border.lanesTitle')}<span className="admin-section__count">{lanes.length}</span>
      </h2>
      {lanes.length === 0 ? <p className="admin-section__empty">{t('border.empty')}</p> : (
        <ul className="lane-list">
          {lanes.map((lane) => {
            const p = lane.properties;
            return (
              <li key={lane.id} className="lane-card" data-lane={lane.id}>
                <div className="gate-card__head">
                  <h3 className="gate-card__name">{language === 'vi' ? p.name : p.nameEn}</h3>
                  {p.smartGatePilot && <Badge tone="neutral">{t('border.smartGatePilot')}</Badge>}
                </div>
                <dl className="gate-card__facts">
                  <dt>{t('border.kind')}</dt><dd>{t(`enums.cargoLaneKind.${p.kind}`)}</dd>
                  <dt>{t('border.markerSpan')}</dt><dd>{t('border.markerRange', { range: markerRange(p) })}</dd>
                  <dt>{t('border.lanesNow')}</dt><dd>{lanesText(p.lanesNow)}</dd>
                  <dt>{t('border.lanesPlanned')}</dt><dd>{lanesText(p.lanesPlanned)}</dd>
                  <dt>{t('border.status')}</dt><dd>{p.status}</dd>
                </dl>
                {p.lanePhases.length > 0 && (
                  <table className="data-table lane-phases">
                    <caption className="visually-hidden">{t('border.phases')}</caption>
                    <thead><tr><th scope="col">{t('border.phase')}</th><th scope="col">{t('border.laneCount')}</th><th scope="col">{t('border.source')}</th></tr></thead>
                    <tbody>
                      {p.lanePhases.map((phase) => (
                        <tr key={`${phase.phase}-${phase.lanes}`}><td>{phase.phase}</td><td>{phase.lanes}</td><td className="lane-phases__source">{phase.source}</td></tr>
                      ))}
                    </tbody>
                  </table>
                )}
                <button type="button" className="button" onClick={() => onShow(lane, false)}>
                  {t('border.showOnMap')}<span className="visually-hidden">: {language === 'vi' ? p.name : p.nameEn}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
