import { describe, expect, it } from 'vitest';
import { submitEnquiryInput } from '../../../shared/schemas/enquiries.ts';
import { enquiryFailure, errorsFromZod, serverSentence, type EnquiryField } from './enquiry-errors.ts';

/** The TRPCClientError shape: an Error with the server's `data`. */
const apiError = (message: string, data: Record<string, unknown>) => Object.assign(new Error(message), { data });

const own: Record<EnquiryField, string> = { name: 'NAME', organisation: 'ORG', contact: 'CONTACT', message: 'MESSAGE', website: 'SPAM', lotId: 'LOT' };

describe('enquiry errors', () => {
  it('takes the sentence of the UI language from a bilingual message, none for other languages', () => {
    expect(serverSentence('nhập họ tên / enter your name', 'vi')).toBe('Nhập họ tên');
    expect(serverSentence('nhập họ tên / enter your name', 'en')).toBe('Enter your name');
    expect(serverSentence('nhập họ tên / enter your name', 'zh')).toBeUndefined();
    expect(serverSentence('Required', 'vi')).toBeUndefined();
  });

  it('puts the schema issues at their fields, our own text in Chinese', () => {
    const parsed = submitEnquiryInput.safeParse({ lotId: 'lot-a', name: 'A', contact: 'nope', message: 'short' });
    if (parsed.success) throw new Error('expected the schema to refuse');
    expect(errorsFromZod(parsed.error, 'vi', own)).toEqual({
      name: 'Nhập họ tên',
      contact: 'Không phải email hay số điện thoại',
      message: 'Nội dung quá ngắn (ít nhất 10 ký tự)',
    });
    expect(errorsFromZod(parsed.error, 'zh', own)).toEqual({ name: 'NAME', contact: 'CONTACT', message: 'MESSAGE' });
  });

  it('reads a rate limit as throttled with the server sentence', () => {
    const error = apiError('Đã gửi quá nhiều yêu cầu, thử lại sau 60 phút / Too many enquiries, try again in 60 min', { code: 'TOO_MANY_REQUESTS' });
    expect(enquiryFailure(error, 'en', own)).toEqual({ kind: 'throttled', detail: 'Too many enquiries, try again in 60 min' });
  });

  it('puts server validation issues at their fields', () => {
    const error = apiError('message: nội dung chỉ có đường dẫn / the message is only links', { code: 'BAD_REQUEST', field: 'message', issues: [{ field: 'message', message: 'nội dung chỉ có đường dẫn / the message is only links' }] });
    expect(enquiryFailure(error, 'vi', own)).toEqual({ kind: 'fields', errors: { message: 'Nội dung chỉ có đường dẫn' } });
  });

  it('puts a missing lot at the lot field and a network failure as other', () => {
    const notFound = apiError('Không có lô đất "x" / No lot "x"', { code: 'NOT_FOUND', field: 'lotId' });
    expect(enquiryFailure(notFound, 'en', own)).toEqual({ kind: 'fields', errors: { lotId: 'No lot "x"' } });
    expect(enquiryFailure(new Error('Failed to fetch'), 'vi', own)).toEqual({ kind: 'other', detail: undefined });
  });
});
