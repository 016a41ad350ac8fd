import { describe, expect, it } from 'vitest';
import { listEnquiriesInput } from '../../../shared/schemas/enquiries.ts';
import { canHandleEnquiries, canReadEnquiries, contactHref, enquiryListInput, ENQUIRY_PAGE_SIZE, lotSheetPath, pageRange } from './enquiry-list.ts';

describe('who may do what', () => {
  it('lets officers, planners and admins read; not commune officers or the public', () => {
    expect(['officer', 'planner', 'admin'].every(canReadEnquiries)).toBe(true);
    expect(canReadEnquiries('commune')).toBe(false);
    expect(canReadEnquiries(undefined)).toBe(false);
  });
  it('lets only officers and admins mark handled', () => {
    expect(canHandleEnquiries('officer')).toBe(true);
    expect(canHandleEnquiries('admin')).toBe(true);
    expect(canHandleEnquiries('planner')).toBe(false);
  });
});

describe('enquiryListInput', () => {
  it('asks for open enquiries as handled: false', () => {
    expect(enquiryListInput('open', 0)).toEqual({ handled: false, limit: ENQUIRY_PAGE_SIZE, offset: 0 });
  });
  it('leaves the state out for all', () => {
    expect(enquiryListInput('all', 40)).toEqual({ limit: ENQUIRY_PAGE_SIZE, offset: 40 });
  });
  it('is an input the server accepts', () => {
    expect(listEnquiriesInput.safeParse(enquiryListInput('handled', 20)).success).toBe(true);
  });
});

describe('contactHref', () => {
  it('mails an e-mail address', () => {
    expect(contactHref(' an.nguyen@example.vn ')).toBe('mailto:an.nguyen@example.vn');
  });
  it('calls a phone number with its digits and leading +', () => {
    expect(contactHref('+84 (0)912 345-678')).toBe('tel:+840912345678');
  });
  it('gives no link for anything else', () => {
    expect(contactHref('Zalo: an')).toBeUndefined();
  });
});

describe('lotSheetPath', () => {
  it('points at the lot in the investor portal', () => {
    expect(lotSheetPath('lot dong/banh')).toBe('/dat-dau-tu/lot%20dong%2Fbanh');
  });
});

describe('pageRange', () => {
  it('counts from 1', () => {
    expect(pageRange(20, 5, 25)).toEqual({ first: 21, last: 25, total: 25 });
  });
  it('is null for an empty page', () => {
    expect(pageRange(0, 0, 0)).toBeNull();
  });
});
