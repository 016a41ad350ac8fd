/**
 * Under the projects legend: which projects the map shows (all, overdue, one status) and the day
 * their status is derived for. Native labelled controls, so it works from the keyboard; the count
 * line is a live region, read out when the choice changes what the map shows.
 */
import { useId, useState } from 'react';
import type { Feature } from 'geojson';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/languages.ts';
import { isProjectMapFilter, type ProjectMapFilter } from '../../map/layers/projects.ts';
import { parseDay, vietnamToday } from '../projects/projects-search.ts';
import { formatDate } from '../feature-popup/format-value.ts';
import { matchesProjectFilter, projectFilterOptions } from './project-filter-options.ts';

export function ProjectsMapFilter({ filter, asOf, features, language, onFilterChange, onAsOfChange }: {
  filter: ProjectMapFilter;
  asOf: string | null;
  /** The projects the map has, undefined while loading. */
  features: readonly Feature[] | undefined;
  language: Language;
  onFilterChange: (filter: ProjectMapFilter) => void;
  onAsOfChange: (asOf: string | null) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [today] = useState(() => vietnamToday(new Date()));
  const day = asOf ?? today;
  const options = projectFilterOptions(features ?? [], filter, language);
  const shown = features?.filter((feature) => matchesProjectFilter(feature, filter)).length;

  return (
    <div className="projects-map-filter">
      <div className="projects-map-filter__row">
        <label htmlFor={`${id}-status`}>{t('mapFilter.status')}</label>
        <select
          id={`${id}-status`}
          className="input"
          name="trang-thai"
          value={filter}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isProjectMapFilter(value)) onFilterChange(value);
          }}
        >
          {options.map((option) => (
            <option key={option.value || 'all'} value={option.value}>
              {option.value === '' ? t('mapFilter.all') : option.value === 'overdue' ? t('mapFilter.overdue') : option.label}
              {features ? ` (${option.count})` : ''}
            </option>
          ))}
        </select>
      </div>
      <div className="projects-map-filter__row">
        <label htmlFor={`${id}-day`}>{t('mapFilter.asOf')}</label>
        <input
          id={`${id}-day`}
          className="input"
          type="date"
          name="ngay"
          value={day}
          onChange={(event) => {
            const value = parseDay(event.currentTarget.value);
            if (value) onAsOfChange(value === today ? null : value);
          }}
        />
        {asOf !== null && (
          <button type="button" className="link-button" onClick={() => onAsOfChange(null)}>{t('mapFilter.today')}</button>
        )}
      </div>
      <p className="projects-map-filter__count" role="status">
        {shown === undefined
          ? t('panel.loading')
          : t('mapFilter.shown', { shown, total: features?.length ?? 0, date: formatDate(day, language) })}
      </p>
    </div>
  );
}
