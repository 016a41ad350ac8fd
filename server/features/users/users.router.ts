import { router, roleProcedure } from '../../trpc/init.ts';
import { createUserInput, resetPasswordInput, updateUserInput } from '../../../shared/schemas/users.ts';
import { createUser, listUserSummaries, resetUserPassword, updateUserAccount } from './users.service.ts';

/** Account administration: admins only. */
export const usersRouter = router({
  /** Every account with role, commune, state and last activity; never password hashes. */
  list: roleProcedure('admin').query(({ ctx }) => listUserSummaries(ctx.deps.database.db)),

  /** A new account. A commune account needs a commune of the communes layer; others take none. */
  create: roleProcedure('admin').input(createUserInput).mutation(({ ctx, input }) => createUser(ctx, input)),

  /** Name, role, commune or active state. Deactivating ends the user's sessions; an admin cannot deactivate or demote themselves. */
  update: roleProcedure('admin').input(updateUserInput).mutation(({ ctx, input }) => updateUserAccount(ctx, input)),

  /** A new password; ends every session of that user. */
  resetPassword: roleProcedure('admin').input(resetPasswordInput).mutation(({ ctx, input }) => resetUserPassword(ctx, input)),
});
