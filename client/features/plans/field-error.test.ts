import { describe, expect, it } from 'vitest';
import { planFieldError } from './field-error.ts';

const refusal = (message: string, field?: string, code = 'BAD_REQUEST') => Object.assign(new Error(message), { data: { code, field } });

describe('plan form errors', () => {
  it('shows the server reason in the UI language without the field prefix', () => {
    const error = refusal('decisionNumber: phê duyệt cần số quyết định / approval needs the decision number', 'decisionNumber');
    expect(planFieldError(error, 'vi', {}, 'x')).toEqual({ field: 'decisionNumber', message: 'Phê duyệt cần số quyết định' });
    expect(planFieldError(error, 'en', {}, 'x')).toEqual({ field: 'decisionNumber', message: 'Approval needs the decision number' });
  });

  it('uses our own text for a zod message, else the fallback', () => {
    const zod = refusal('decisionNumber: a decision number such as 1009/QĐ-TTg', 'decisionNumber');
    expect(planFieldError(zod, 'vi', { decisionNumber: 'Số quyết định dạng 1009/QĐ-TTg' }, 'Lỗi')).toEqual({ field: 'decisionNumber', message: 'Số quyết định dạng 1009/QĐ-TTg' });
    expect(planFieldError(new Error('fetch failed'), 'vi', {}, 'Lỗi mạng')).toEqual({ field: undefined, message: 'Lỗi mạng' });
  });

  it('keeps a message that names no field whole', () => {
    const conflict = refusal('Phương án vừa được người khác chuyển bước / someone else just moved this revision', 'revisionId', 'CONFLICT');
    expect(planFieldError(conflict, 'vi', {}, 'x').message).toBe('Phương án vừa được người khác chuyển bước');
  });
});
