import { describe, expect, it } from 'vitest';
import { auditDiff } from './audit-diff.ts';

describe('auditDiff', () => {
  it('lists every field of a created entity as added', () => {
    expect(auditDiff(null, { username: 'an', role: 'officer' })).toEqual({
      changes: [
        { field: 'username', kind: 'added', before: undefined, after: 'an' },
        { field: 'role', kind: 'added', before: undefined, after: 'officer' },
      ],
      unchanged: 0,
    });
  });

  it('lists only changed fields of an update and counts the rest', () => {
    expect(auditDiff({ role: 'officer', active: true, name: 'An' }, { role: 'commune', active: true, name: 'An', communeCode: '11.1806' })).toEqual({
      changes: [
        { field: 'role', kind: 'changed', before: 'officer', after: 'commune' },
        { field: 'communeCode', kind: 'added', before: undefined, after: '11.1806' },
      ],
      unchanged: 2,
    });
  });

  it('compares nested values as JSON', () => {
    expect(auditDiff({ lanes: { now: 2 } }, { lanes: { now: 4 } }).changes).toEqual([{ field: 'lanes', kind: 'changed', before: '{"now":2}', after: '{"now":4}' }]);
  });

  it('treats non-object values as one whole value', () => {
    expect(auditDiff(null, null)).toEqual({ changes: [], unchanged: 0 });
    expect(auditDiff(1, 1)).toEqual({ changes: [], unchanged: 1 });
    expect(auditDiff('a', 'b').changes).toEqual([{ field: '', kind: 'changed', before: 'a', after: 'b' }]);
  });
});
