/**
 * The one tRPC init: error shape and the base procedures every router builds on.
 *
 * Access rules (DESIGN §6), one base procedure each:
 * - publicProcedure — anyone, including anonymous investors.
 * - authedProcedure — any signed-in user; UNAUTHORIZED (401) otherwise.
 * - roleProcedure(...roles) — signed in with one of `roles`; FORBIDDEN (403) otherwise.
 * - communeScopedProcedure — any signed-in user, with `ctx.communeCode`: the caller's commune for
 *   a commune account, null for Board staff (officer, planner, admin) meaning "every commune".
 *   Contract: the service MUST check that the target belongs to ctx.communeCode (assertInCommune)
 *   before reading or writing it; the base procedure cannot know where the target lies.
 *
 * Each base procedure declares its rule in `meta.access`; there is no bare procedure to build on,
 * so a test can walk the router and fail on any procedure without a rule. A procedure that
 * overrides `meta.access` with a rule its base does not enforce fails when called.
 */
import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import type { Context } from './context.ts';
import { FieldCause } from './errors.ts';
import type { Role } from '../../shared/domain/roles.ts';

export type AccessRule = 'public' | 'authed' | 'commune-scoped' | `role:${string}`;

export interface ProcedureMeta {
  access?: AccessRule;
}

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    errorFormatter({ shape, error }) {
      const zodError = error.cause instanceof ZodError ? error.cause : undefined;
      const firstIssue = zodError?.issues[0];
      const fieldCause = error.cause instanceof FieldCause ? error.cause : undefined;
      // An unexpected error's message may carry SQL, a file path or a constraint name: never show it.
      const internal = error.code === 'INTERNAL_SERVER_ERROR';
      return {
        ...shape,
        // Never a stack trace to callers.
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          field: firstIssue ? firstIssue.path.join('.') : fieldCause?.field,
          issues: zodError?.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })),
        },
        message: internal
          ? 'Lỗi máy chủ / Internal server error'
          : firstIssue
            ? `${firstIssue.path.join('.') || 'input'}: ${firstIssue.message}`
            : shape.message,
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Every base procedure knows its own path: the audit trail records it (ctx.procedure). */
const withPath = t.procedure.use(({ path, next }) => next({ ctx: { procedure: path } }));

/** Refuses a call whose declared rule differs from the rule its base procedure enforces. */
function declares(rule: AccessRule) {
  return t.middleware(({ meta, path, next }) => {
    if (meta?.access !== rule) {
      throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: `${path} declares access "${meta?.access}" but is built on "${rule}"` });
    }
    return next();
  });
}

const requireUser = t.middleware(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Vui lòng đăng nhập / Please sign in' });
  return next({ ctx: { user: ctx.user } });
});

/** Anyone, including anonymous investors. */
export const publicProcedure = withPath.use(declares('public')).meta({ access: 'public' });

/** Any signed-in user. */
export const authedProcedure = withPath.use(requireUser).use(declares('authed')).meta({ access: 'authed' });

/** Signed in with one of `allowed`. */
export function roleProcedure(...allowed: [Role, ...Role[]]) {
  const rule: AccessRule = `role:${allowed.join(',')}`;
  return withPath
    .use(requireUser)
    .use(({ ctx, next }) => {
      if (!allowed.includes(ctx.user.role)) {
        throw new TRPCError({ code: 'FORBIDDEN', message: 'Tài khoản của bạn không có quyền này / Your account may not do this' });
      }
      return next();
    })
    .use(declares(rule))
    .meta({ access: rule });
}

/**
 * Any signed-in user, with `ctx.communeCode` (null = all communes, for Board staff). The service
 * must call assertInCommune(ctx, target's commune) before touching the target.
 */
export const communeScopedProcedure = withPath
  .use(requireUser)
  .use(({ ctx, next }) => {
    if (ctx.user.role === 'commune' && !ctx.user.communeCode) {
      throw new TRPCError({ code: 'FORBIDDEN', message: 'Tài khoản xã chưa gắn với xã nào / This commune account has no commune' });
    }
    return next({ ctx: { communeCode: ctx.user.role === 'commune' ? ctx.user.communeCode : null } });
  })
  .use(declares('commune-scoped'))
  .meta({ access: 'commune-scoped' });

/** FORBIDDEN unless the target's commune is the caller's (always passes for Board staff, whose communeCode is null). */
export function assertInCommune(ctx: { communeCode: string | null }, targetCommuneCode: string | null | undefined): void {
  if (ctx.communeCode !== null && ctx.communeCode !== targetCommuneCode) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Đối tượng này thuộc xã, phường khác / This belongs to another commune' });
  }
}
