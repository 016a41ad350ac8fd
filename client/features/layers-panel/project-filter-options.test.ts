import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { matchesProjectFilter, projectFilterOptions } from './project-filter-options.ts';

function project(properties: Record<string, unknown>): Feature {
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [106.7, 21.9] }, properties };
}

const features = [
  project({ status: 'final-accounts-pending', derivedStatus: 'final-accounts-overdue', overdue: true }),
  project({ status: 'under-construction', derivedStatus: 'behind-schedule', overdue: true }),
  project({ status: 'halted', derivedStatus: 'halted', overdue: false }),
  project({ status: 'completed' }),
];

describe('projectFilterOptions', () => {
  it('counts all, overdue and each present status, in legend order', () => {
    expect(projectFilterOptions(features, '', 'vi').map((option) => [option.value, option.count])).toEqual([
      ['', 4],
      ['overdue', 2],
      ['behind-schedule', 1],
      ['halted', 1],
      ['completed', 1],
      ['final-accounts-overdue', 1],
    ]);
  });

  it('keeps the current choice even when no project has it that day', () => {
    const options = projectFilterOptions(features, 'suspended', 'en');
    expect(options.find((option) => option.value === 'suspended')).toEqual({ value: 'suspended', label: 'Suspended', count: 0 });
  });
});

describe('matchesProjectFilter', () => {
  it('agrees with the map: derived status first, overdue flag for "overdue"', () => {
    expect(features.filter((feature) => matchesProjectFilter(feature, 'overdue'))).toHaveLength(2);
    expect(features.filter((feature) => matchesProjectFilter(feature, 'completed'))).toHaveLength(1);
    expect(features.filter((feature) => matchesProjectFilter(feature, ''))).toHaveLength(4);
  });
});
