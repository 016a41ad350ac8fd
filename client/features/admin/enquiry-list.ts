/**
 * The officers' list of investor enquiries, as pure decisions: who may read and who may mark
 * handled (mirrors enquiries.list / enquiries.markHandled; the server decides), the state filter
 * as the procedure's input, links for a contact and for the lot, and the page range. Pure.
 */
import type { Role } from '../../../shared/domain/roles.ts';
import type { ListEnquiriesInput } from '../../../shared/schemas/enquiries.ts';

/** Roles that read enquiries (enquiries.list). */
export const enquiryReaders: readonly Role[] = ['officer', 'planner', 'admin'];
/** Roles that mark them handled (enquiries.markHandled): planners only read. */
export const enquiryHandlers: readonly Role[] = ['officer', 'admin'];

export function canReadEnquiries(role: string | undefined): boolean {
  return (enquiryReaders as readonly string[]).includes(role ?? '');
}

export function canHandleEnquiries(role: string | undefined): boolean {
  return (enquiryHandlers as readonly string[]).includes(role ?? '');
}

export const enquiryStateFilters = ['open', 'handled', 'all'] as const;
export type EnquiryStateFilter = (typeof enquiryStateFilters)[number];

export const ENQUIRY_PAGE_SIZE = 20;

/** The list procedure's input for a filter and page: open ones first is what officers work through. */
export function enquiryListInput(filter: EnquiryStateFilter, offset: number): ListEnquiriesInput {
  return {
    ...(filter === 'all' ? {} : { handled: filter === 'handled' }),
    limit: ENQUIRY_PAGE_SIZE,
    offset: Math.max(0, Math.floor(offset)),
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;
const PHONE = /^\+?[\d\s().-]{8,25}$/u;

/**
 * A link to answer through: mailto: for an e-mail address, tel: (digits and a leading +) for a
 * phone number, none for anything else (the form accepts only those two, but old rows may differ).
 */
export function contactHref(contact: string): string | undefined {
  const value = contact.trim();
  if (EMAIL.test(value)) return `mailto:${encodeURIComponent(value).replace(/%40/gu, '@')}`;
  if (PHONE.test(value)) return `tel:${value.startsWith('+') ? '+' : ''}${value.replace(/\D/gu, '')}`;
  return undefined;
}

/** The lot's sheet in the investor portal (/dat-dau-tu/<lotId>). */
export function lotSheetPath(lotId: string): string {
  return `/dat-dau-tu/${encodeURIComponent(lotId)}`;
}

/** "first–last of total" numbers for the shown page; null when nothing is shown. */
export function pageRange(offset: number, shown: number, total: number): { first: number; last: number; total: number } | null {
  if (shown === 0 || total === 0) return null;
  return { first: offset + 1, last: offset + shown, total };
}

export const ENQUIRY_NOTE_MAX = 1000;
