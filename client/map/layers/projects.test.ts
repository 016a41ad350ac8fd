import { describe, expect, it } from 'vitest';
import type { FilterSpecification } from 'maplibre-gl';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { isProjectMapFilter, projectFilterExpression, projectsCircleLayerId, projectsLayer, projectsOverdueOutlineLayerId } from './projects.ts';

/** Evaluates a filter on a point feature the way MapLibre does. */
function passes(filter: FilterSpecification | undefined, properties: Record<string, unknown>): boolean {
  if (filter === undefined) return true;
  return featureFilter(filter, 'layers[0].filter').filter({ zoom: 12 }, { type: 1, properties, geometry: [] } as never);
}

const overdueProject = { status: 'final-accounts-pending', derivedStatus: 'final-accounts-overdue', overdue: true };
const haltedProject = { status: 'halted', derivedStatus: 'halted', overdue: false };
const storedOnly = { status: 'completed' };

describe('projectFilterExpression', () => {
  it('shows every project without a filter', () => {
    expect(projectFilterExpression('')).toBeUndefined();
  });

  it('keeps only overdue projects for "overdue"', () => {
    const filter = projectFilterExpression('overdue');
    expect(passes(filter, overdueProject)).toBe(true);
    expect(passes(filter, haltedProject)).toBe(false);
    expect(passes(filter, storedOnly)).toBe(false);
  });

  it('filters by the derived status, falling back to the stored one', () => {
    expect(passes(projectFilterExpression('final-accounts-overdue'), overdueProject)).toBe(true);
    expect(passes(projectFilterExpression('final-accounts-pending'), overdueProject)).toBe(false);
    expect(passes(projectFilterExpression('completed'), storedOnly)).toBe(true);
  });

  it('accepts only known filter values', () => {
    expect(['', 'overdue', 'halted'].every(isProjectMapFilter)).toBe(true);
    expect(isProjectMapFilter('late')).toBe(false);
    expect(isProjectMapFilter(null)).toBe(false);
  });
});

describe('projectsLayer', () => {
  const layers = projectsLayer.layers({ sourceId: 'projects', visible: true, opacity: 1, filter: projectFilterExpression('overdue') as FilterSpecification });

  it('narrows every MapLibre layer by the status filter', () => {
    for (const { layer } of layers) expect(JSON.stringify('filter' in layer ? layer.filter : null), layer.id).toContain('"overdue"');
  });

  it('rings overdue sites in red and outlines overdue areas with a dashed line', () => {
    const circle = layers.find(({ layer }) => layer.id === projectsCircleLayerId)?.layer;
    expect(JSON.stringify(circle && 'paint' in circle ? circle.paint : null)).toContain('overdue');
    const outline = layers.find(({ layer }) => layer.id === projectsOverdueOutlineLayerId)?.layer;
    expect(outline && 'paint' in outline ? outline.paint : undefined).toHaveProperty('line-dasharray');
  });
});
