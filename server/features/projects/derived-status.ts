/**
 * Project features as the map and GIS clients receive them: the stored properties plus the status
 * and overdue flag derived for a day (shared/domain/project-timing.ts), so a map coloured by
 * `derivedStatus` agrees with the projects list and dashboard for the same day.
 */
import { projectTiming } from '../../../shared/domain/project-timing.ts';
import type { ProjectProperties } from '../../../shared/schemas/layer-properties.ts';
import type { StoredFeature } from '../../geo-store/feature-store.ts';

export function withDerivedStatus(features: readonly StoredFeature[], asOf: string): StoredFeature[] {
  return features.map((feature) => {
    const timing = projectTiming(feature.properties as ProjectProperties, asOf);
    return {
      ...feature,
      properties: { ...feature.properties, derivedStatus: timing.displayStatus, overdue: timing.overdue, statusAsOf: asOf.slice(0, 10) },
    };
  });
}
