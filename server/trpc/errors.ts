/**
 * Errors a procedure answers with on purpose: a tRPC code, a message users can read (Vietnamese /
 * English) and, when one input field is at fault, that field (the error formatter exposes it as
 * `data.field`, as it does for zod issues).
 */
import { TRPCError } from '@trpc/server';

type Code = ConstructorParameters<typeof TRPCError>[0]['code'];

export class FieldCause extends Error {
  constructor(readonly field: string) {
    super(field);
  }
}

/** Carried by TOO_MANY_REQUESTS errors; the HTTP adapter turns it into a Retry-After header. */
export class RetryAfterCause extends Error {
  constructor(readonly seconds: number) {
    super(`retry after ${seconds} s`);
  }
}

export function refuse(code: Code, message: string, field?: string): TRPCError {
  return new TRPCError({ code, message, ...(field ? { cause: new FieldCause(field) } : {}) });
}
