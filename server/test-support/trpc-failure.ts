import { TRPCError } from '@trpc/server';

/** The TRPCError a call fails with; the test fails if the call succeeds or fails otherwise. */
export async function trpcFailure(call: Promise<unknown>): Promise<TRPCError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}
