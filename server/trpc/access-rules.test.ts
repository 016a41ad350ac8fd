import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { appRouter } from './app-router.ts';
import { assertInCommune, authedProcedure, communeScopedProcedure, createCallerFactory, publicProcedure, roleProcedure, router } from './init.ts';
import { testEngines } from '../test-support/test-databases.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';

interface ProcedureDef {
  _def: { type: 'query' | 'mutation' | 'subscription'; meta?: { access?: string } };
}

const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, ProcedureDef>);
const accessForms = /^(public|authed|commune-scoped|role:(admin|planner|officer|commune)(,(admin|planner|officer|commune))*)$/;

describe('access rules of the app router', () => {
  it('has mutations to check (the walk sees the router)', () => {
    expect(procedures.filter(([, p]) => p._def.type === 'mutation').map(([path]) => path)).toEqual(
      expect.arrayContaining(['auth.login', 'auth.logout', 'users.create']),
    );
  });

  it('declares an access rule on every mutation', () => {
    const missing = procedures.filter(([, p]) => p._def.type === 'mutation' && !p._def.meta?.access).map(([path]) => path);
    expect(missing).toEqual([]);
  });

  it('declares an access rule on every query too', () => {
    const missing = procedures.filter(([, p]) => !p._def.meta?.access).map(([path]) => path);
    expect(missing).toEqual([]);
  });

  it('writes every rule in one of the known forms', () => {
    for (const [path, p] of procedures) expect(p._def.meta?.access, path).toMatch(accessForms);
  });

  it('keeps layers.* and config.* public, and users.* and audit.* for admins', () => {
    const access = Object.fromEntries(procedures.map(([path, p]) => [path, p._def.meta?.access]));
    for (const path of Object.keys(access).filter((p) => p.startsWith('layers.') || p.startsWith('config.'))) expect(access[path], path).toBe('public');
    for (const path of Object.keys(access).filter((p) => p.startsWith('users.') || p.startsWith('audit.'))) expect(access[path], path).toBe('role:admin');
    expect(access).toMatchObject({ 'auth.login': 'public', 'auth.me': 'public', 'auth.logout': 'authed', 'auth.logoutEverywhere': 'authed' });
  });
});

const sqlite = testEngines.find((e) => e.engine === 'sqlite')!;

describe('base procedures', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(sqlite, { seed: false });
  });
  afterAll(async () => app.close());

  const probe = router({
    touchCommune: communeScopedProcedure.input(z.object({ communeCode: z.string() })).mutation(({ ctx, input }) => {
      assertInCommune(ctx, input.communeCode);
      return { scope: ctx.communeCode };
    }),
    signedIn: authedProcedure.query(({ ctx }) => ctx.user.username),
    plannersOnly: roleProcedure('planner', 'admin').query(() => 'ok'),
    mislabelled: publicProcedure.meta({ access: 'role:admin' }).mutation(() => 'ran'),
  });
  const createProbeCaller = createCallerFactory(probe);
  const as = async (username: string | null) => createProbeCaller(app.contextAs(username ? await app.user(username) : null));
  const codeOf = (promise: Promise<unknown>) => promise.then(() => 'OK', (e: unknown) => (e instanceof TRPCError ? e.code : String(e)));

  it('authedProcedure refuses anonymous callers with UNAUTHORIZED', async () => {
    expect(await codeOf((await as(null)).signedIn())).toBe('UNAUTHORIZED');
    expect(await (await as('officer')).signedIn()).toBe('officer');
  });

  it('roleProcedure lets the named roles in and answers FORBIDDEN to the others', async () => {
    expect(await codeOf((await as('planner')).plannersOnly())).toBe('OK');
    expect(await codeOf((await as('admin')).plannersOnly())).toBe('OK');
    expect(await codeOf((await as('officer')).plannersOnly())).toBe('FORBIDDEN');
    expect(await codeOf((await as('xa-dong-dang')).plannersOnly())).toBe('FORBIDDEN');
    expect(await codeOf((await as(null)).plannersOnly())).toBe('UNAUTHORIZED');
  });

  it('communeScopedProcedure gives a commune account its own commune and lets it act there', async () => {
    expect(await (await as('xa-dong-dang')).touchCommune({ communeCode: '11.1806' })).toEqual({ scope: '11.1806' });
  });

  it('communeScopedProcedure with assertInCommune refuses another commune’s target with FORBIDDEN', async () => {
    expect(await codeOf((await as('xa-dong-dang')).touchCommune({ communeCode: '11.1827' }))).toBe('FORBIDDEN');
    expect(await codeOf((await as('xa-hoang-van-thu')).touchCommune({ communeCode: '11.1806' }))).toBe('FORBIDDEN');
  });

  it('communeScopedProcedure gives Board staff every commune (communeCode null)', async () => {
    for (const username of ['officer', 'planner', 'admin']) {
      expect(await (await as(username)).touchCommune({ communeCode: '11.1827' }), username).toEqual({ scope: null });
    }
  });

  it('communeScopedProcedure refuses anonymous callers with UNAUTHORIZED', async () => {
    expect(await codeOf((await as(null)).touchCommune({ communeCode: '11.1806' }))).toBe('UNAUTHORIZED');
  });

  it('refuses to run a procedure whose declared rule is not the one its base enforces', async () => {
    expect(await codeOf((await as('admin')).mislabelled())).toBe('INTERNAL_SERVER_ERROR');
  });
});
