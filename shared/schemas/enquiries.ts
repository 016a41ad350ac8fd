/**
 * The enquiry form on a lot: one schema validates the public form and enquiries.submit, so the
 * form shows the same per-field errors the server gives. Limits keep one enquiry under ~3 kB.
 */
import { z } from 'zod';
import { lotIdSchema } from './lots.ts';

const LINK = /\b(?:https?:\/\/|www\.)\S+/giu;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;
/** A phone number: 8–15 digits, with + ( ) . - and spaces between them. */
const PHONE = /^\+?[\d\s().-]{8,25}$/u;

export const ENQUIRY_LIMITS = { name: 120, organisation: 200, contact: 200, message: 2000, links: 2 } as const;

export const submitEnquiryInput = z
  .object({
    lotId: lotIdSchema,
    name: z.string().trim().min(2, 'nhập họ tên / enter your name').max(ENQUIRY_LIMITS.name, `tối đa ${ENQUIRY_LIMITS.name} ký tự / at most ${ENQUIRY_LIMITS.name} characters`),
    organisation: z.string().trim().max(ENQUIRY_LIMITS.organisation, `tối đa ${ENQUIRY_LIMITS.organisation} ký tự / at most ${ENQUIRY_LIMITS.organisation} characters`).default(''),
    contact: z
      .string()
      .trim()
      .min(1, 'nhập email hoặc số điện thoại / enter an e-mail address or a phone number')
      .max(ENQUIRY_LIMITS.contact, `tối đa ${ENQUIRY_LIMITS.contact} ký tự / at most ${ENQUIRY_LIMITS.contact} characters`)
      .refine((value) => EMAIL.test(value) || (PHONE.test(value) && value.replace(/\D/g, '').length >= 8 && value.replace(/\D/g, '').length <= 15), 'không phải email hay số điện thoại / not an e-mail address or a phone number'),
    message: z
      .string()
      .trim()
      .min(10, 'nội dung quá ngắn (ít nhất 10 ký tự) / the message is too short (10 characters at least)')
      .max(ENQUIRY_LIMITS.message, `nội dung quá dài (tối đa ${ENQUIRY_LIMITS.message} ký tự) / the message is too long (${ENQUIRY_LIMITS.message} characters at most)`),
    /** The language the form was shown in, so the Board answers in it. */
    language: z.enum(['vi', 'en', 'zh']).optional(),
    /** Honeypot: hidden from people, filled by bots. */
    website: z.string().max(500).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.website !== undefined && input.website.trim() !== '') {
      ctx.addIssue({ code: 'custom', path: ['website'], message: 'yêu cầu bị từ chối như thư rác / refused as spam' });
    }
    const links = input.message.match(LINK) ?? [];
    const words = input.message.replace(LINK, ' ').replace(/[^\p{L}\p{N}]+/gu, '');
    if (links.length > 0 && words.length < 10) {
      ctx.addIssue({ code: 'custom', path: ['message'], message: 'nội dung chỉ có đường dẫn / the message is only links' });
    } else if (links.length > ENQUIRY_LIMITS.links) {
      ctx.addIssue({ code: 'custom', path: ['message'], message: `tối đa ${ENQUIRY_LIMITS.links} đường dẫn / at most ${ENQUIRY_LIMITS.links} links` });
    }
  });

export const listEnquiriesInput = z
  .object({
    handled: z.boolean().optional(),
    lotId: lotIdSchema.optional(),
    limit: z.number().int().min(1).max(200).default(50),
    offset: z.number().int().min(0).default(0),
  })
  .default({ limit: 50, offset: 0 });

export const markEnquiryHandledInput = z.object({
  id: z.string().trim().min(1).max(100),
  /** False reopens an enquiry marked handled by mistake. */
  handled: z.boolean().default(true),
  note: z.string().trim().max(1000).optional(),
});

export type SubmitEnquiryInput = z.infer<typeof submitEnquiryInput>;
export type ListEnquiriesInput = z.infer<typeof listEnquiriesInput>;
export type MarkEnquiryHandledInput = z.infer<typeof markEnquiryHandledInput>;

export interface Enquiry {
  id: string;
  lotId: string;
  name: string;
  organisation: string;
  contact: string;
  message: string;
  language: string | null;
  createdAt: string;
  handledAt: string | null;
  handledBy: string | null;
  handledNote: string | null;
}
