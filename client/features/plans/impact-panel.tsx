/**
 * The impact of an adjustment: against its parent revision, the changed zones, the projects and
 * clearance boundaries inside them, and the conflicts (a project on land whose new use does not
 * allow it, an indicator above the zone's limit, protected classes reduced). Each entry flies the
 * map to it.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Geometry } from 'geojson';
import type { ChangedZone, PlanRevision } from '../../../shared/schemas/plans.ts';
import { useTRPC, type LayerSummary } from '../../app/trpc.ts';
import { localised, type Language } from '../../i18n/languages.ts';
import { zoneChangeColours } from '../../map/plan-overlays.ts';
import { PanelState } from './balance-panel.tsx';
import { formatDeltaHectares, formatHectares, landUseName } from './balance-format.ts';
import { areaUnits } from '../../i18n/format.ts';
import type { FlyTarget } from './plans-page.tsx';

export function ImpactPanel({ revision, language, onFly, featureGeometry, catalogue }: {
  revision: Pick<PlanRevision, 'id' | 'parentRevisionId'>;
  language: Language;
  onFly: (target: FlyTarget) => void;
  /** A feature's geometry from the layers already loaded (projects, clearance boundaries…). */
  featureGeometry: (layerId: string, featureId: string) => Geometry | undefined;
  catalogue: readonly LayerSummary[] | undefined;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const hasParent = revision.parentRevisionId !== null;
  const impact = useQuery({ ...trpc.plans.impact.queryOptions({ revisionId: revision.id }), enabled: hasParent });

  if (!hasParent) return <p className="plans-panel__empty">{t('plans.impact.original')}</p>;
  if (!impact.data) return <PanelState pending={impact.isPending} error={impact.error} onRetry={() => void impact.refetch()} />;
  const data = impact.data;
  const zoneByCode = new Map(data.changedZones.filter((zone) => zone.zoneCode).map((zone) => [zone.zoneCode as string, zone]));
  const layerTitle = (layerId: string) => {
    const layer = catalogue?.find((entry) => entry.id === layerId);
    return layer ? layer.title[language] : layerId;
  };
  const flyToFeature = (layerId: string, featureId: string, zoneCodes: readonly (string | null)[]) => {
    const geometry = featureGeometry(layerId, featureId) ?? zoneByCode.get(zoneCodes.find((code) => code !== null) ?? '')?.geometry;
    if (geometry) onFly({ geometry });
  };
  const affectedCount = data.affected.reduce((sum, layer) => sum + layer.total, 0);

  return (
    <section className="impact" aria-labelledby="impact-title">
      <h2 id="impact-title" className="plans-panel__title">{t('plans.impact.title')}</h2>
      <p className="plans-panel__hint">{t('plans.impact.summary', { zones: data.changedZones.length, features: affectedCount, conflicts: data.conflicts.length })}</p>

      <h3 className="impact__heading">{t('plans.impact.conflicts')}</h3>
      {data.conflicts.length === 0 ? <p className="plans-panel__empty">{t('plans.impact.noConflicts')}</p> : (
        <ul className="impact__list impact__list--conflicts">
          {data.conflicts.map((conflict, index) => {
            const geometry = (conflict.featureId ? featureGeometry('projects', conflict.featureId) : undefined) ?? (conflict.zoneCode ? zoneByCode.get(conflict.zoneCode)?.geometry : undefined);
            return (
              <li key={`${conflict.kind}-${conflict.zoneCode ?? ''}-${conflict.featureId ?? ''}-${index}`} className="impact__conflict" data-kind={conflict.kind}>
                <span className="impact__kind">{t(`plans.impact.kinds.${conflict.kind}`)}</span>
                {geometry ? (
                  <button type="button" className="impact__link" onClick={() => onFly({ geometry })}>{localised(conflict.message, language)}</button>
                ) : (
                  <span>{localised(conflict.message, language)}</span>
                )}
                {conflict.deltaHectares !== undefined && <span className="impact__meta">{formatDeltaHectares(conflict.deltaHectares, language)} {areaUnits[language].hectares}</span>}
              </li>
            );
          })}
        </ul>
      )}

      <h3 className="impact__heading">{t('plans.impact.affected')}</h3>
      {affectedCount === 0 ? <p className="plans-panel__empty">{t('plans.impact.noAffected')}</p> : data.affected.filter((layer) => layer.features.length > 0).map((layer) => (
        <div key={layer.layerId} className="impact__layer">
          <h4 className="impact__layer-title">{layerTitle(layer.layerId)} ({layer.total})</h4>
          <ul className="impact__list">
            {layer.features.map((feature) => (
              <li key={feature.id} data-feature={feature.id}>
                <button type="button" className="impact__link" onClick={() => flyToFeature(layer.layerId, feature.id, feature.zoneCodes)}>{feature.name}</button>
                <span className="impact__meta">{feature.zoneCodes.filter(Boolean).join(', ')}</span>
              </li>
            ))}
          </ul>
          {layer.total > layer.features.length && <p className="plans-panel__hint">{t('plans.impact.more', { count: layer.total - layer.features.length })}</p>}
        </div>
      ))}
      {data.pendingLayers.length > 0 && <p className="plans-panel__hint">{t('plans.impact.pending', { layers: data.pendingLayers.join(', ') })}</p>}

      <h3 className="impact__heading">{t('plans.impact.zones')}</h3>
      <ul className="impact__list">
        {data.changedZones.map((zone) => <ChangedZoneItem key={`${zone.id}-${zone.change}`} zone={zone} language={language} onFly={onFly} />)}
      </ul>
    </section>
  );
}

function ChangedZoneItem({ zone, language, onFly }: { zone: ChangedZone; language: Language; onFly: (target: FlyTarget) => void }) {
  const { t } = useTranslation();
  const landUse = zone.change === 'land-use-changed' && zone.fromLandUse && zone.toLandUse
    ? `${landUseName(zone.fromLandUse, language)} → ${landUseName(zone.toLandUse, language)}`
    : landUseName(zone.toLandUse ?? zone.fromLandUse ?? '', language);
  return (
    <li className="impact__zone" data-zone={zone.zoneCode ?? ''} data-change={zone.change}>
      <span className="impact__dot" style={{ background: zoneChangeColours[zone.change] }} aria-hidden="true" />
      <button type="button" className="impact__link" onClick={() => onFly({ geometry: zone.geometry })}>
        {zone.restricted && !zone.zoneCode ? t('plans.restricted') : `${zone.zoneCode} · ${zone.name}`}
      </button>
      <span className="impact__meta">{t(`plans.changes.kinds.${zone.change}`)} · {landUse} · {formatHectares(zone.toHectares || zone.fromHectares, language)} {areaUnits[language].hectares}</span>
    </li>
  );
}
