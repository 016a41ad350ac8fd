/**
 * A lot's sheet (`/dat-dau-tu/<lotId>`, a stable link): every attribute the server gives, the
 * distances to each gate, cargo lane and Lạng Sơn city, a small location map, the data's source,
 * an A4 print layout and the enquiry form. A value the sources do not give is said to be missing,
 * never filled in.
 */
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { utilities } from '../../../shared/domain/land-lots.ts';
import type { LotSheet } from '../../../shared/schemas/lots.ts';
import { useTRPC } from '../../app/trpc.ts';
import { useNavigation } from '../../app/navigation.ts';
import { apiErrorInfo } from '../../app/api-error.ts';
import { lotPath, projectPath, routePaths } from '../../app/routes.ts';
import { basemapInput } from '../../app/basemap-input.ts';
import { useErrorMessage } from '../../app/use-error-message.ts';
import { lastPortalSearch } from './last-portal-search.ts';
import { Badge } from '../../ui/badge.tsx';
import { PageMessage } from '../../ui/page-message.tsx';
import { Spinner } from '../../ui/spinner.tsx';
import { SiteMap } from '../../map/site-map.tsx';
import { siteMapStyle } from '../../map/site-map-style.ts';
import { EnquiryForm } from './enquiry-form.tsx';
import { formatPortalSearch, parsePortalSearch, toggleCompared } from './portal-url-state.ts';
import { formatDay, formatDecimal, formatHa, formatKm, formatPercent, formatSquareMetres } from './portal-format.ts';
import { clearanceStateLabel, landUseLabel, lotStatusLabel, parkKindLabel, readinessLabel, utilityLabel } from './lot-labels.ts';

export function LotSheetPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const { onLinkClick } = useNavigation();
  const lot = useQuery(trpc.lots.get.queryOptions({ id }, { retry: (count, error) => apiErrorInfo(error).code !== 'NOT_FOUND' && count < 2 }));

  const back = <a className="lot-sheet__back" href={`${routePaths.portal}${lastPortalSearch()}`} onClick={onLinkClick}><span aria-hidden="true">← </span>{t('portal.sheet.back')}</a>;
  if (lot.isPending) return <div className="page__narrow page__loading"><Spinner label={t('portal.sheet.loading')} /><span>{t('portal.sheet.loading')}</span></div>;
  if (lot.isError) {
    const notFound = apiErrorInfo(lot.error).code === 'NOT_FOUND';
    return (
      <div className="page__narrow">
        <PageMessage level={1} tone={notFound ? 'info' : 'error'} title={notFound ? t('portal.sheet.notFound') : t('portal.loadFailed')} actions={back}>
          <p>{notFound ? t('portal.sheet.notFoundBody', { id }) : errorMessage(lot.error)}</p>
          {!notFound && <button type="button" className="button" onClick={() => void lot.refetch()}>{t('errors.retry')}</button>}
        </PageMessage>
      </div>
    );
  }
  return <Sheet lot={lot.data} back={back} />;
}

/** The lot with about half a kilometre around it, so the small map shows where it lies. */
function surroundings([west, south, east, north]: LotSheet['bbox']): LotSheet['bbox'] {
  const margin = 0.005;
  return [west - margin, south - margin, east + margin, north + margin];
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{children}</td>
    </tr>
  );
}

function NotGiven() {
  const { t } = useTranslation();
  return <span className="lot-sheet__missing">{t('portal.sheet.notGiven')}</span>;
}

function Sheet({ lot, back }: { lot: LotSheet; back: ReactNode }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const trpc = useTRPC();
  const { onLinkClick } = useNavigation();
  const config = useQuery(trpc.config.client.queryOptions());
  const style = useMemo(() => siteMapStyle({
    basemap: basemapInput(window.location.origin, config.data?.basemap?.kind === 'style' ? undefined : config.data?.basemap, undefined),
    footprint: lot.geometry,
    segment: null,
    point: null,
  }), [config.data, lot.geometry]);
  const permanentLink = new URL(lotPath(lot.id), window.location.origin).href;
  const clearance = lot.clearance;
  // Back to the list with this lot picked for comparison, while there is room for it.
  const portalState = parsePortalSearch(lastPortalSearch());
  const picked = toggleCompared(portalState.compare, lot.id);
  const compareHref = portalState.compare.includes(lot.id) || picked.refused ? null : `${routePaths.portal}${formatPortalSearch({ ...portalState, compare: picked.ids })}`;

  return (
    <article className="lot-sheet" aria-labelledby="lot-sheet-title" data-testid="lot-sheet">
      <header className="lot-sheet__header">
        {back}
        <h1 id="lot-sheet-title" className="lot-sheet__title">{t('portal.sheet.title', { code: lot.code })}</h1>
        <p className="lot-sheet__subtitle">
          {lot.name}
        </p>
        <p className="lot-sheet__badges">
          <span className={`lot-status lot-status--${lot.status}`}>{lotStatusLabel(lot.status, lang)}</span>
          {lot.illustrative && <Badge tone="illustrative">{t('portal.sheet.illustrativeBadge')}</Badge>}
        </p>
        <div className="lot-sheet__actions">
          <button type="button" className="button button--primary" onClick={() => window.print()} data-testid="lot-print">{t('portal.sheet.print')}</button>
          <a className="button" href={lotPath(lot.id)} onClick={onLinkClick}>{t('portal.sheet.link')}</a>
          {compareHref && <a className="button" href={compareHref} onClick={onLinkClick} data-testid="lot-add-compare">{t('portal.sheet.compareWith')}</a>}
        </div>
        <p className="lot-sheet__permalink">{t('portal.sheet.link')}: <span>{permanentLink}</span></p>
      </header>

      <div className="lot-sheet__body">
        <div className="lot-sheet__tables">
          <section className="lot-sheet__section" aria-labelledby="lot-general">
            <h2 id="lot-general">{t('portal.sheet.general')}</h2>
            <table className="lot-table"><tbody>
              <Row label={t('portal.sheet.code')}>{lot.code}</Row>
              <Row label={t('portal.sheet.park')}>{t(`portal.parks.${lot.park}`)}</Row>
              <Row label={t('portal.sheet.parkKind')}>{parkKindLabel(lot.parkKind, lang)}</Row>
              <Row label={t('portal.sheet.commune')}>{lot.commune}</Row>
              <Row label={t('portal.sheet.landUse')}>{landUseLabel(lot.landUse, lang)} <span className="lot-sheet__code">({lot.landUse})</span></Row>
              <Row label={t('portal.sheet.areaM2')}>{formatSquareMetres(lot.areaM2, lang)}</Row>
              <Row label={t('portal.sheet.areaHa')}>{formatHa(lot.areaHa, lang)}</Row>
              <Row label={t('portal.sheet.status')}>{lotStatusLabel(lot.status, lang)}</Row>
              <Row label={t('portal.sheet.leaseTerm')}>{t('portal.sheet.leaseYears', { years: formatDecimal(lot.leaseTermYears, lang) })}</Row>
            </tbody></table>
            <p className="lot-sheet__note">{t('portal.sheet.areaNote')}</p>
          </section>

          <section className="lot-sheet__section" aria-labelledby="lot-indicators">
            <h2 id="lot-indicators">{t('portal.sheet.indicators')}</h2>
            <table className="lot-table"><tbody>
              <Row label={t('portal.sheet.coverage')}>{formatPercent(lot.coveragePercentMax, lang)}</Row>
              <Row label={t('portal.sheet.far')}>{formatDecimal(lot.floorAreaRatioMax, lang)}</Row>
              <Row label={t('portal.sheet.floors')}>{formatDecimal(lot.floorsMax, lang)}</Row>
              <Row label={t('portal.sheet.setback')}>{t('portal.sheet.metres', { value: formatDecimal(lot.setbackMetres, lang) })}</Row>
            </tbody></table>
          </section>

          <section className="lot-sheet__section" aria-labelledby="lot-readiness">
            <h2 id="lot-readiness">{t('portal.sheet.readiness')}</h2>
            <table className="lot-table">
              <thead><tr><th scope="col">{t('portal.sheet.network')}</th><th scope="col">{t('portal.sheet.level')}</th></tr></thead>
              <tbody>
                {utilities.map(({ code }) => (
                  <tr key={code}>
                    <th scope="row">{utilityLabel(code, lang)}</th>
                    <td><span className={`readiness readiness--${lot.readiness[code]}`}>{readinessLabel(lot.readiness[code], lang)}</span></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>

          <section className="lot-sheet__section" aria-labelledby="lot-clearance">
            <h2 id="lot-clearance">{t('portal.sheet.clearance')}</h2>
            <table className="lot-table"><tbody>
              <Row label={t('portal.sheet.clearanceState')}>{clearanceStateLabel(clearance.state, lang)}</Row>
              <Row label={t('portal.sheet.clearanceFrom')}>
                {clearance.from === 'clearance-boundary' ? t('portal.sheet.clearanceFromBoundary', { name: clearance.boundaryName ?? clearance.boundaryId ?? '' }) : t('portal.sheet.clearanceFromLot')}
              </Row>
              {clearance.stage && <Row label={t('portal.sheet.clearanceStage')}>{t(`portal.clearanceStages.${clearance.stage}`)}</Row>}
              {clearance.from === 'clearance-boundary' && (
                <Row label={t('portal.sheet.handover')}>{clearance.targetHandoverDate ? formatDay(clearance.targetHandoverDate, lang) : <NotGiven />}</Row>
              )}
            </tbody></table>
          </section>

          <section className="lot-sheet__section" aria-labelledby="lot-planning">
            <h2 id="lot-planning">{t('portal.sheet.planning')}</h2>
            <table className="lot-table"><tbody>
              <Row label={t('portal.sheet.plan')}>{lot.plan.trim() ? lot.plan : <NotGiven />}</Row>
              <Row label={t('portal.sheet.decision')}>{lot.planDecision?.trim() ? lot.planDecision : <NotGiven />}</Row>
              {lot.project && <Row label={t('portal.sheet.project')}><a href={projectPath(lot.project.id)} onClick={onLinkClick}>{lot.project.name}</a></Row>}
              {lot.note && <Row label={t('portal.sheet.note')}>{lot.note}</Row>}
              <Row label={t('portal.sheet.parkFacts')}>{lot.parkFacts}</Row>
            </tbody></table>
          </section>

        </div>

        <div className="lot-sheet__side">
          <div className="lot-sheet__map">
            {config.isSuccess ? (
              <SiteMap style={style} bbox={surroundings(lot.bbox)} focus={null} ariaLabel={t('portal.sheet.mapLabel', { code: lot.code })} zoomInLabel={t('map.zoomIn')} zoomOutLabel={t('map.zoomOut')} />
            ) : (
              <div className="site-map site-map--loading"><Spinner label={t('portal.mapLoading')} /></div>
            )}
          </div>

          <section className="lot-sheet__section" aria-labelledby="lot-distances">
            <h2 id="lot-distances">{t('portal.sheet.distances')}</h2>
            <p className="lot-sheet__note">{t('portal.sheet.distancesNote')}</p>
            <table className="lot-table lot-table--distances" data-testid="lot-distances">
              <caption>{t('portal.sheet.gates')}</caption>
              <thead><tr><th scope="col">{t('portal.sheet.place')}</th><th scope="col" className="num">{t('portal.sheet.distance')}</th></tr></thead>
              <tbody>
                {lot.distancesToAll.gates.map((gate) => (
                  <tr key={gate.id}>
                    <th scope="row">{gate.name}</th>
                    <td className="num">{formatKm(gate.km, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table className="lot-table lot-table--distances">
              <caption>{t('portal.sheet.cargoLanes')}</caption>
              <thead><tr><th scope="col">{t('portal.sheet.place')}</th><th scope="col" className="num">{t('portal.sheet.distance')}</th></tr></thead>
              <tbody>
                {lot.distancesToAll.cargoLanes.map((lane) => (
                  <tr key={lane.id}><th scope="row">{lane.name}</th><td className="num">{formatKm(lane.km, lang)}</td></tr>
                ))}
              </tbody>
            </table>
            <table className="lot-table lot-table--distances">
              <tbody>
                <tr><th scope="row">{t('portal.sheet.city')}</th><td className="num">{formatKm(lot.distancesToAll.city.km, lang)}</td></tr>
              </tbody>
            </table>
            <p className="lot-sheet__note">{lot.distancesToAll.city.reference}</p>
          </section>

          <section className="lot-sheet__section" aria-labelledby="lot-contact">
            <h2 id="lot-contact">{t('portal.sheet.contact')}</h2>
            <table className="lot-table"><tbody>
              <Row label={t('portal.sheet.contactBoard')}>{lot.contact.trim() ? lot.contact : <NotGiven />}</Row>
            </tbody></table>
          </section>
        </div>
      </div>

      <footer className="lot-sheet__source">
        <h2>{t('portal.sheet.source')}</h2>
        <p>{lot.source}</p>
        <p><strong>{t('portal.illustrative')}</strong></p>
      </footer>

      <EnquiryForm lotId={lot.id} />
    </article>
  );
}
