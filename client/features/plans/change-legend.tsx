/** The legend of the change layer: one swatch per change kind, with how many zones have it. */
import { useTranslation } from 'react-i18next';
import { zoneChangeKinds, type ChangedZone } from '../../../shared/schemas/plans.ts';
import { zoneChangeColours } from '../../map/plan-overlays.ts';
import { LegendSwatch } from '../../ui/legend-swatch.tsx';

export function ChangeLegend({ zones }: { zones: readonly ChangedZone[] }) {
  const { t } = useTranslation();
  return (
    <div className="change-legend" role="group" aria-label={t('plans.changes.legend')}>
      <p className="change-legend__title">{t('plans.changes.legend')}</p>
      <ul className="change-legend__items">
        {zoneChangeKinds.map((kind) => {
          const count = zones.filter((zone) => zone.change === kind).length;
          return (
            <li key={kind} className={count === 0 ? 'change-legend__item change-legend__item--none' : 'change-legend__item'} data-kind={kind}>
              <LegendSwatch swatch={{ kind: 'fill', fill: zoneChangeColours[kind], fillOpacity: 0.3, stroke: zoneChangeColours[kind], strokeWidth: 2, dashed: kind === 'removed' }} />
              <span>{t(`plans.changes.kinds.${kind}`)}</span>
              <span className="change-legend__count">{count}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
