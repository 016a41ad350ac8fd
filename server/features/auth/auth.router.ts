import { router, authedProcedure, publicProcedure } from '../../trpc/init.ts';
import { loginInput } from '../../../shared/schemas/auth.ts';
import { login, logout, logoutEverywhere, withCommuneName } from './auth.service.ts';

/** Procedure names are a contract (issue 3): tests and integrations call auth.login, auth.logout and auth.me. */
export const authRouter = router({
  /**
   * Signs in: sets the HttpOnly session cookie and returns the user. Wrong username, wrong password
   * and deactivated account all answer UNAUTHORIZED with one message; too many failures answer
   * TOO_MANY_REQUESTS (429) with the minutes to wait.
   */
  login: publicProcedure.input(loginInput).mutation(({ ctx, input }) => login(ctx, input)),

  /** Ends this browser's session and clears the cookie. */
  logout: authedProcedure.mutation(({ ctx }) => logout(ctx)),

  /** Ends every session of the signed-in user (all browsers and devices). */
  logoutEverywhere: authedProcedure.mutation(({ ctx }) => logoutEverywhere(ctx)),

  /** The signed-in user, or null when anonymous (or the session has expired). */
  me: publicProcedure.query(({ ctx }) => (ctx.user ? withCommuneName(ctx.deps.database.db, ctx.user) : null)),
});
