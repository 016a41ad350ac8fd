/**
 * Before/after of an audit entry as rows a person can scan: one per top-level field that was
 * added, removed or changed (unchanged fields are counted, not listed). Values are shown as
 * compact JSON. Pure.
 */
export type ChangeKind = 'added' | 'removed' | 'changed';

export interface AuditChange {
  /** The field name; '' when before/after are not objects (the whole value changed). */
  field: string;
  kind: ChangeKind;
  before: string | undefined;
  after: string | undefined;
}

export interface AuditDiff {
  changes: AuditChange[];
  unchanged: number;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Compact JSON; strings without their quotes (they read better in a table). */
export function formatAuditValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '';
  return JSON.stringify(value);
}

export function auditDiff(before: unknown, after: unknown): AuditDiff {
  const hasBefore = before !== null && before !== undefined;
  const hasAfter = after !== null && after !== undefined;
  if (!isPlainObject(before ?? {}) || !isPlainObject(after ?? {})) {
    const same = JSON.stringify(before) === JSON.stringify(after);
    return same
      ? { changes: [], unchanged: 1 }
      : { changes: [{ field: '', kind: !hasBefore ? 'added' : !hasAfter ? 'removed' : 'changed', before: hasBefore ? formatAuditValue(before) : undefined, after: hasAfter ? formatAuditValue(after) : undefined }], unchanged: 0 };
  }
  const previous = (before ?? {}) as Record<string, unknown>;
  const next = (after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(previous), ...Object.keys(next)])];
  const changes: AuditChange[] = [];
  let unchanged = 0;
  for (const field of fields) {
    const inBefore = hasBefore && Object.hasOwn(previous, field);
    const inAfter = hasAfter && Object.hasOwn(next, field);
    if (inBefore && inAfter && JSON.stringify(previous[field]) === JSON.stringify(next[field])) {
      unchanged += 1;
      continue;
    }
    changes.push({
      field,
      kind: !inBefore ? 'added' : !inAfter ? 'removed' : 'changed',
      before: inBefore ? formatAuditValue(previous[field]) : undefined,
      after: inAfter ? formatAuditValue(next[field]) : undefined,
    });
  }
  return { changes, unchanged };
}
