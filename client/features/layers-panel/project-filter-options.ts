/**
 * The options of the map's project filter with how many projects each would show, counted on the
 * features the map has (their `derivedStatus` and `overdue`, derived by the server for the day).
 * Pure; statuses come in the legend's order and only those present, plus the current choice.
 */
import type { Feature } from 'geojson';
import { projectStatuses } from '../../../shared/domain/project-status.ts';
import type { Language } from '../../i18n/languages.ts';
import type { ProjectMapFilter } from '../../map/layers/projects.ts';

export interface ProjectFilterOption {
  value: ProjectMapFilter;
  /** The status name; for '' and 'overdue' the caller supplies words. */
  label: string | null;
  count: number;
}

function statusOf(feature: Feature): unknown {
  return feature.properties?.['derivedStatus'] ?? feature.properties?.['status'];
}

export function matchesProjectFilter(feature: Feature, filter: ProjectMapFilter): boolean {
  if (filter === '') return true;
  if (filter === 'overdue') return feature.properties?.['overdue'] === true;
  return statusOf(feature) === filter;
}

export function projectFilterOptions(features: readonly Feature[], current: ProjectMapFilter, language: Language): ProjectFilterOption[] {
  const count = (filter: ProjectMapFilter) => features.filter((feature) => matchesProjectFilter(feature, filter)).length;
  const statuses = projectStatuses
    .map((status) => ({ value: status.code as ProjectMapFilter, label: status[language], count: count(status.code) }))
    .filter((option) => option.count > 0 || option.value === current);
  return [{ value: '', label: null, count: features.length }, { value: 'overdue', label: null, count: count('overdue') }, ...statuses];
}
