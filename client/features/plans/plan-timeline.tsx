/**
 * The timeline under the map: a slider over today, the decision dates and the horizons to 2045
 * (timeline-stops.ts). A native range input, so arrows, Home and End work; each stop's name is
 * its aria-valuetext, and the ticks below are buttons too.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/languages.ts';
import { formatDate } from '../feature-popup/format-value.ts';
import type { TimelineStop } from './timeline-stops.ts';

export function stopLabel(stop: TimelineStop, language: Language, t: TFunction): string {
  switch (stop.kind) {
    case 'today':
      return t('plans.timeline.today', { date: formatDate(stop.date, language) });
    case 'decision':
      return t('plans.timeline.decision', { date: formatDate(stop.date, language) });
    case 'horizon':
      return t('plans.timeline.horizon', { year: stop.year });
  }
}

function tickText(stop: TimelineStop, language: Language, t: TFunction): string {
  if (stop.kind === 'today') return t('plans.timeline.todayShort');
  if (stop.kind === 'horizon') return String(stop.year);
  return formatDate(stop.date, language);
}

export function PlanTimeline({ stops, active, onChange, language }: {
  stops: readonly TimelineStop[];
  /** -1 when the view is a revision picked by hand. */
  active: number;
  onChange: (stop: TimelineStop) => void;
  language: Language;
}) {
  const { t } = useTranslation();
  if (stops.length < 2) return null;
  const current = active >= 0 ? stops[active] : undefined;
  return (
    <div className="plan-timeline" data-active={current?.key ?? 'none'}>
      <label className="plan-timeline__label" htmlFor="plan-timeline-range">
        {t('plans.timeline.label')}
        <span className="plan-timeline__value">{current ? stopLabel(current, language, t) : t('plans.timeline.picked')}</span>
      </label>
      <input
        id="plan-timeline-range"
        className="plan-timeline__range"
        type="range"
        min={0}
        max={stops.length - 1}
        step={1}
        value={active >= 0 ? active : 0}
        aria-valuetext={current ? stopLabel(current, language, t) : t('plans.timeline.picked')}
        onChange={(event) => {
          const stop = stops[Number(event.target.value)];
          if (stop) onChange(stop);
        }}
      />
      <ol className="plan-timeline__ticks">
        {stops.map((stop, index) => (
          <li key={stop.key} className={`plan-timeline__tick plan-timeline__tick--${stop.kind}`} style={{ left: `${(index / (stops.length - 1)) * 100}%` }}>
            <button type="button" tabIndex={-1} aria-pressed={index === active} onClick={() => onChange(stop)} title={stopLabel(stop, language, t)}>
              {tickText(stop, language, t)}
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
