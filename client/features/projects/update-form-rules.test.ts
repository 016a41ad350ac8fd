import { describe, expect, it } from 'vitest';
import { initialUpdateForm, updateInput, type ProjectForForm } from './update-form-rules.ts';

const project: ProjectForForm = Object.freeze({
  storedStatus: 'under-construction',
  progressPercent: 40,
  dates: { actualStartDate: '2025-03-01', actualEndDate: null, finalAccountsDate: null },
});

describe('updateInput', () => {
  it('sends status, progress and the note, and leaves unchanged dates out', () => {
    const form = { ...initialUpdateForm(project), progressPercent: '55,5', note: 'Đã đổ xong nền' };
    expect(updateInput('p1', project, form)).toEqual({
      ok: true,
      input: { id: 'p1', status: 'under-construction', progressPercent: 55.5, note: 'Đã đổ xong nền' },
    });
  });

  it('sends a new date, and null for a cleared one', () => {
    const form = { ...initialUpdateForm(project), actualStartDate: '', actualEndDate: '2025-09-01', note: 'x' };
    const result = updateInput('p1', project, form);
    expect(result.ok && result.input.actualStartDate).toBeNull();
    expect(result.ok && result.input.actualEndDate).toBe('2025-09-01');
  });

  it('requires the note', () => {
    expect(updateInput('p1', project, { ...initialUpdateForm(project), note: '  ' })).toEqual({ ok: false, errors: { note: 'required' } });
  });

  it('refuses progress outside 0–100 or not a number', () => {
    expect(updateInput('p1', project, { ...initialUpdateForm(project), progressPercent: '120', note: 'x' })).toEqual({ ok: false, errors: { progressPercent: 'invalid' } });
    expect(updateInput('p1', project, { ...initialUpdateForm(project), progressPercent: 'nhiều', note: 'x' })).toEqual({ ok: false, errors: { progressPercent: 'invalid' } });
  });
});
