/** Enquiries about lots: anyone sends one (DESIGN §6); Board staff read them; officers mark them handled. */
import { router, publicProcedure, roleProcedure } from '../../trpc/init.ts';
import { listEnquiriesInput, markEnquiryHandledInput, submitEnquiryInput } from '../../../shared/schemas/enquiries.ts';
import { listEnquiries } from './enquiries.repository.ts';
import { markEnquiryHandled, submitEnquiry } from './enquiries.service.ts';

export const enquiriesRouter = router({
  /** An investor's question about a lot: validated, spam refused, a few per IP address an hour. Answers the new id only. */
  submit: publicProcedure.input(submitEnquiryInput).mutation(({ ctx, input }) => submitEnquiry(ctx, input)),
  /** Enquiries newest first, with the sender's contact: personal data, so Board staff only. */
  list: roleProcedure('officer', 'planner', 'admin').input(listEnquiriesInput).query(({ ctx, input }) => listEnquiries(ctx.deps.database.db, input)),
  /** Marks an enquiry handled (or reopens it), with a note; audited. */
  markHandled: roleProcedure('officer', 'admin').input(markEnquiryHandledInput).mutation(({ ctx, input }) => markEnquiryHandled(ctx, input)),
});
