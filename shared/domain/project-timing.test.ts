import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { projectProperties, type ProjectProperties } from '../schemas/layer-properties.ts';
import { projectTiming, vietnamDate, type ProjectMilestones } from './project-timing.ts';

const projects = (JSON.parse(readFileSync(new URL('../../geodata/projects.geojson', import.meta.url), 'utf8')) as FeatureCollection).features.map((f) => ({
  id: String(f.id),
  properties: projectProperties.parse(f.properties) as ProjectProperties,
}));

function overdueOn(asOf: string): string[] {
  return projects.filter((p) => projectTiming(p.properties, asOf).overdue).map((p) => p.id);
}

const base: ProjectMilestones = { status: 'under-construction' };

describe('projectTiming on the demo projects', () => {
  it('marks Bình Nghi and Đồng Bành overdue on 1 Oct 2025 (final accounts due Sep 2025)', () => {
    expect(overdueOn('2025-10-01')).toEqual(expect.arrayContaining(['project-binh-nghi-office', 'project-dong-banh-ip-road-phase-1']));
  });

  it('marks no project overdue on 1 Sep 2025', () => {
    expect(overdueOn('2025-09-01')).toEqual([]);
  });

  it('shows Bình Nghi as final accounts pending, not overdue, before the deadline', () => {
    const binhNghi = projects.find((p) => p.id === 'project-binh-nghi-office')?.properties as ProjectProperties;
    expect(projectTiming(binhNghi, '2025-09-01').displayStatus).toBe('final-accounts-pending');
  });
});

describe('projectTiming rules', () => {
  it('is not overdue on the deadline day itself', () => {
    expect(projectTiming({ ...base, plannedEndDate: '2025-09-30' }, '2025-09-30').overdue).toBe(false);
  });

  it('is overdue for completion the day after the planned end without an actual end', () => {
    const timing = projectTiming({ ...base, plannedEndDate: '2025-09-30' }, '2025-10-01');
    expect(timing).toEqual({ overdue: true, overdueReasons: ['completion'], displayStatus: 'behind-schedule' });
  });

  it('is not overdue for completion once the actual end is recorded', () => {
    expect(projectTiming({ ...base, plannedEndDate: '2025-09-30', actualEndDate: '2025-10-05' }, '2025-11-01').overdue).toBe(false);
  });

  it('derives final-accounts-overdue from a missed deadline whatever the stored status', () => {
    const timing = projectTiming({ status: 'preparing', finalAccountsDeadline: '2025-09-30' }, '2025-10-01');
    expect(timing.displayStatus).toBe('final-accounts-overdue');
    expect(timing.overdueReasons).toEqual(['final-accounts']);
  });

  it('lists both reasons when both deadlines are missed', () => {
    const timing = projectTiming({ ...base, plannedEndDate: '2025-06-30', finalAccountsDeadline: '2025-09-30' }, '2025-10-01');
    expect(timing.overdueReasons).toEqual(['completion', 'final-accounts']);
  });

  it('shows completed once the final accounts are approved, even after the deadline', () => {
    const timing = projectTiming({ status: 'final-accounts-overdue', finalAccountsDeadline: '2025-09-30', finalAccountsDate: '2025-10-20' }, '2025-11-01');
    expect(timing).toEqual({ overdue: false, overdueReasons: [], displayStatus: 'completed' });
  });

  it('keeps a halted project halted when it is behind schedule, but flags it overdue', () => {
    const timing = projectTiming({ status: 'halted', plannedEndDate: '2025-01-01' }, '2025-10-01');
    expect(timing.displayStatus).toBe('halted');
    expect(timing.overdue).toBe(true);
  });

  it('shows a preparing project with an actual start as under construction', () => {
    expect(projectTiming({ status: 'preparing', actualStartDate: '2025-03-01' }, '2025-10-01').displayStatus).toBe('under-construction');
  });

  it('shows final accounts pending after the actual end when a final-accounts deadline is set', () => {
    expect(projectTiming({ ...base, actualEndDate: '2025-05-01', finalAccountsDeadline: '2025-12-31' }, '2025-10-01').displayStatus).toBe('final-accounts-pending');
  });

  it('refuses an asOf that is not a date', () => {
    expect(() => projectTiming(base, 'yesterday')).toThrow(RangeError);
  });
});

describe('vietnamDate', () => {
  it('gives the Vietnamese calendar day: 17:30 UTC is already the next day in Hà Nội', () => {
    expect(vietnamDate(new Date('2025-09-30T17:30:00Z'))).toBe('2025-10-01');
  });
});
