import { describe, expect, it } from 'vitest';
import { activeStopIndex, selectionOfStop, timelineStops, type TimelineRevision } from './timeline-stops.ts';

const revisions: TimelineRevision[] = [
  { id: 'current', stage: 'approved', validFrom: null, decisionDate: null, horizonYears: [2030] },
  { id: 'local', stage: 'appraisal', validFrom: null, decisionDate: null, horizonYears: [2030] },
  { id: 'draft-2045', stage: 'draft', validFrom: null, decisionDate: null, horizonYears: [2035, 2045] },
];

describe('timeline stops', () => {
  it('puts today and the horizons in date order, each horizon with the revision planning for it', () => {
    const stops = timelineStops(revisions, '2026-03-01', undefined);
    expect(stops.map((stop) => stop.key)).toEqual(['today', 'horizon-2030', 'horizon-2035', 'horizon-2045']);
    // The newest revision planning for 2030 unless the one on screen does.
    expect(stops[1]).toMatchObject({ revisionId: 'local', year: 2030 });
    expect(timelineStops(revisions, '2026-03-01', 'current')[1]).toMatchObject({ revisionId: 'current' });
    expect(stops[3]).toMatchObject({ revisionId: 'draft-2045', date: '2045-12-31' });
  });

  it('adds a stop for each approved revision with a known decision date, not for drafts', () => {
    const dated: TimelineRevision[] = [
      { id: 'old', stage: 'superseded', validFrom: '2008-10-14', decisionDate: '2008-10-14', horizonYears: [] },
      { id: 'new', stage: 'approved', validFrom: null, decisionDate: '2019-05-02', horizonYears: [] },
      { id: 'draft', stage: 'draft', validFrom: null, decisionDate: '2030-01-01', horizonYears: [] },
    ];
    expect(timelineStops(dated, '2026-03-01', undefined).map((stop) => [stop.kind, stop.date])).toEqual([
      ['decision', '2008-10-14'], ['decision', '2019-05-02'], ['today', '2026-03-01'],
    ]);
  });

  it('turns a stop into URL state and finds the stop of the URL again', () => {
    const stops = timelineStops(revisions, '2026-03-01', 'draft-2045');
    for (const [index, stop] of stops.entries()) expect(activeStopIndex(stops, selectionOfStop(stop))).toBe(index);
    expect(selectionOfStop(stops[2]!)).toEqual({ revisionId: 'draft-2045', asOf: undefined, horizonYear: 2035 });
    expect(activeStopIndex(stops, { revisionId: 'other-plan', asOf: undefined, horizonYear: undefined })).toBe(-1);
  });

  it('places a revision picked by hand at its last horizon, and no choice at today', () => {
    const stops = timelineStops(revisions, '2026-03-01', 'draft-2045');
    expect(stops[activeStopIndex(stops, { revisionId: 'draft-2045', asOf: undefined, horizonYear: undefined })]?.key).toBe('horizon-2045');
    expect(stops[activeStopIndex(stops, { revisionId: undefined, asOf: undefined, horizonYear: undefined })]?.key).toBe('today');
    expect(activeStopIndex(stops, { revisionId: undefined, asOf: '2027-01-01', horizonYear: undefined })).toBe(-1);
  });

});
