/**
 * "What applies here": for a point clicked on the map or a place searched, the zone (code, land
 * use, indicators), the plan and revision with its decision, and what else lies there. Restricted
 * land (security, defence) shows to the public as "restricted land", without detail.
 */
import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ZoneIndicators } from '../../../shared/schemas/plans.ts';
import { useTRPC, type LayerSummary } from '../../app/trpc.ts';
import type { LayerData } from '../../app/use-layer-data.ts';
import type { Language } from '../../i18n/languages.ts';
import { featureTitle, formatNumber } from '../feature-popup/format-value.ts';
import { PanelState } from './balance-panel.tsx';
import { formatHectares, landUseColourOf, landUseName } from './balance-format.ts';
import { areaUnits } from '../../i18n/format.ts';
import { placeCandidates, searchPlaces, type PlaceCandidate } from './place-search.ts';
import { decisionText, revisionName, stageLabel } from './revision-picker.tsx';

const searchedLayers = ['border-gates', 'projects', 'resettlement-areas', 'clearance-boundaries'];

function IndicatorRows({ indicators, language }: { indicators: ZoneIndicators; language: Language }) {
  const { t } = useTranslation();
  const rows: [string, string | undefined][] = [
    [t('plans.here.coverage'), indicators.coveragePercentMax === null ? undefined : `≤ ${formatNumber(indicators.coveragePercentMax, language)}%`],
    [t('plans.here.far'), indicators.floorAreaRatioMax === null ? undefined : `≤ ${formatNumber(indicators.floorAreaRatioMax, language)}`],
    [t('plans.here.floors'), indicators.floorsMin === null && indicators.floorsMax === null ? undefined : [indicators.floorsMin, indicators.floorsMax].filter((value) => value !== null).join('–')],
  ];
  return (
    <>
      {rows.map(([label, value]) => (
        <div key={label} className="facts__row">
          <dt>{label}</dt>
          <dd>{value ?? t('values.empty')}</dd>
        </div>
      ))}
    </>
  );
}

export function WhatAppliesPanel({ point, revisionId, language, catalogue, layerData, onAsk }: {
  point: [number, number] | undefined;
  revisionId: string;
  language: Language;
  catalogue: readonly LayerSummary[] | undefined;
  layerData: LayerData;
  onAsk: (point: [number, number]) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [query, setQuery] = useState('');
  const answer = useQuery({
    ...trpc.plans.whatApplies.queryOptions({ lon: point?.[0] ?? 0, lat: point?.[1] ?? 0, revisionId }),
    enabled: point !== undefined,
  });

  const candidates = useMemo(() => placeCandidates(searchedLayers.flatMap((layerId) => {
    const layer = catalogue?.find((entry) => entry.id === layerId);
    const features = layerData.features(layerId);
    return layer && features ? [{ layerId, layerTitle: layer.title[language], features, name: (feature: { properties: Record<string, unknown> | null }) => featureTitle(layer, feature.properties ?? {}, language) }] : [];
  })), [catalogue, layerData, language]);
  const results = searchPlaces(candidates, query);
  const pick = (candidate: PlaceCandidate) => {
    setQuery(candidate.name);
    onAsk(candidate.point);
  };
  const layerTitle = (layerId: string) => catalogue?.find((entry) => entry.id === layerId)?.title[language] ?? layerId;

  return (
    <section className="here" aria-labelledby="here-title">
      <h2 id="here-title" className="plans-panel__title">{t('plans.here.title')}</h2>
      <div className="here__search" role="search">
        <label className="field__label" htmlFor="here-search">{t('plans.here.search')}</label>
        <input
          id="here-search"
          className="input"
          type="search"
          autoComplete="off"
          value={query}
          placeholder={t('plans.here.searchPlaceholder')}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && results[0]) {
              event.preventDefault();
              pick(results[0]);
            }
          }}
        />
        {results.length > 0 && (
          <ul className="here__results" aria-label={t('plans.here.results')}>
            {results.map((candidate) => (
              <li key={candidate.key}>
                <button type="button" className="here__result" onClick={() => pick(candidate)}>
                  <span>{candidate.name}</span>
                  <span className="here__result-layer">{candidate.layerTitle}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>

      {!point && <p className="plans-panel__empty">{t('plans.here.prompt')}</p>}
      {point && !answer.data && <PanelState pending={answer.isPending} error={answer.error} onRetry={() => void answer.refetch()} />}
      {point && answer.data && (
        <div className="here__answer" data-zone={answer.data.zone?.zoneCode ?? ''}>
          <p className="here__point">{t('plans.here.at', { lon: answer.data.lon.toFixed(5), lat: answer.data.lat.toFixed(5) })}</p>
          {answer.data.zone ? (
            <>
              <div className="here__zone">
                <span className="balance-table__swatch" style={{ background: landUseColourOf(answer.data.zone.landUse) }} aria-hidden="true" />
                <div>
                  <p className="here__zone-name">{answer.data.zone.restricted && !answer.data.zone.zoneCode ? t('plans.restricted') : `${answer.data.zone.zoneCode ?? ''} · ${answer.data.zone.name}`}</p>
                  <p className="here__zone-use">{landUseName(answer.data.zone.landUse, language)}</p>
                </div>
              </div>
              <dl className="facts">
                {answer.data.zone.restricted && !answer.data.zone.indicators && <p className="plans-panel__hint">{t('plans.here.restrictedNote')}</p>}
                {answer.data.zone.indicators && <IndicatorRows indicators={answer.data.zone.indicators} language={language} />}
                <div className="facts__row"><dt>{t('plans.here.area')}</dt><dd>{formatHectares(answer.data.zone.areaHectares, language)} {areaUnits[language].hectares}</dd></div>
                {answer.data.zone.horizonYear !== null && <div className="facts__row"><dt>{t('plans.horizons')}</dt><dd>{answer.data.zone.horizonYear}</dd></div>}
                {answer.data.zone.commune && <div className="facts__row"><dt>{t('plans.here.commune')}</dt><dd>{answer.data.zone.commune}</dd></div>}
              </dl>
            </>
          ) : (
            <p className="plans-panel__empty">{t('plans.here.noZone')}</p>
          )}
          <dl className="facts">
            <div className="facts__row"><dt>{t('plans.plan')}</dt><dd>{language === 'vi' ? answer.data.plan.name : answer.data.plan.nameEn}</dd></div>
            <div className="facts__row"><dt>{t('plans.revision')}</dt><dd>{revisionName(answer.data.revision, language)} ({stageLabel(answer.data.revision.stage, language)})</dd></div>
            <div className="facts__row"><dt>{t('plans.decision')}</dt><dd>{decisionText(answer.data.revision, language, ['approved', 'published', 'superseded'].includes(answer.data.revision.stage) ? t('plans.decisionUnknown') : t('plans.noDecision'))}</dd></div>
          </dl>
          <h3 className="impact__heading">{t('plans.here.alsoHere')}</h3>
          {answer.data.alsoHere.every((layer) => layer.features.length === 0) ? <p className="plans-panel__empty">{t('plans.here.nothingElse')}</p> : (
            <ul className="impact__list">
              {answer.data.alsoHere.flatMap((layer) => layer.features.map((feature) => (
                <li key={`${layer.layerId}:${feature.id}`}><strong>{feature.name}</strong> <span className="impact__meta">{layerTitle(layer.layerId)}</span></li>
              )))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
