import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { testEngines } from '../test-support/test-databases.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { actors, callByPath, mutationCases, routerMutations, targets, type Actor, type Target } from '../test-support/mutation-cases.ts';
import { snapshotAccounts } from '../test-support/db-snapshot.ts';

/** Every mutation × every actor × (for account mutations) commune A's and commune B's account. */
const matrix = Object.entries(mutationCases).flatMap(([path, mutation]) =>
  actors.flatMap((actor) =>
    (mutation.targeted ? targets : [null]).map((target) => ({ path, actor, target, allowed: mutation.allowed.includes(actor) })),
  ),
);

describe('the permission matrix covers the router', () => {
  it('has a case for every mutation of the app router, and none for a mutation it lacks', () => {
    expect(Object.keys(mutationCases).sort()).toEqual(routerMutations());
  });
});

describe.each(testEngines)('permission matrix on $engine', (engine) => {
  let app: TestApp;
  beforeAll(async () => {
    if (!engine.skipReason) app = await startTestApp(engine, { parcels: true });
  });
  afterAll(async () => app?.close());

  describe.skipIf(engine.skipReason !== null)(engine.skipReason ?? 'database available', () => {
    async function call(path: string, actor: Actor, target: Target | null) {
      const mutation = mutationCases[path]!;
      const input = await mutation.input(app, target ?? 'xa-dong-dang');
      const caller = app.callerAs(actor === 'anonymous' ? null : await app.user(actor));
      return callByPath(caller, path, input).then(
        () => 'allowed',
        (error: unknown) => (error instanceof TRPCError ? error.code : `unexpected: ${String(error)}`),
      );
    }

    it.each(matrix.filter((m) => m.allowed))('$path by $actor (target $target) is allowed and writes one audit entry', async ({ path, actor, target }) => {
      const before = await snapshotAccounts(app.deps.database.db);
      expect(await call(path, actor, target)).toBe('allowed');
      expect((await snapshotAccounts(app.deps.database.db)).auditEntries).toBe(before.auditEntries + 1);
    });

    it.each(matrix.filter((m) => !m.allowed))('$path by $actor (target $target) is refused and changes nothing', async ({ path, actor, target }) => {
      const mutation = mutationCases[path]!;
      // Inputs are prepared before the snapshot: preparing may read, never write.
      await mutation.input(app, target ?? 'xa-dong-dang');
      const before = await snapshotAccounts(app.deps.database.db);
      expect(await call(path, actor, target)).toBe(actor === 'anonymous' ? 'UNAUTHORIZED' : 'FORBIDDEN');
      expect(await snapshotAccounts(app.deps.database.db)).toEqual(before);
    });
  });
});
