import { describe, expect, it } from 'vitest';
import { stageStepMeta } from './stage-step-meta.ts';

describe('stageStepMeta', () => {
  it('gives the day and the planner of a step someone took, then its decision', () => {
    expect(stageStepMeta({ at: '2026-03-02T09:15:00.000Z', actorUsername: 'planner', decisionNumber: '12/QĐ-UBND', decisionDate: '2026-03-01' }, 'vi')).toBe('02/03/2026 · planner · 12/QĐ-UBND (01/03/2026)');
  });

  it('shows no load day for a step from the plan register, only its decision', () => {
    expect(stageStepMeta({ at: '2026-11-26T08:00:00.000Z', actorUsername: null, decisionNumber: '1009/QĐ-TTg', decisionDate: '2024-09-19' }, 'vi')).toBe('1009/QĐ-TTg (19/09/2024)');
    expect(stageStepMeta({ at: '2026-11-26T08:00:00.000Z', actorUsername: null, decisionNumber: null, decisionDate: null }, 'en')).toBe('');
  });
});
