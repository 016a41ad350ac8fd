/**
 * A real app on a real, freshly migrated and seeded database (layers and the demo accounts),
 * listening on a free loopback port, with a clock the test controls.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { parseEnv } from '../env.ts';
import { createApp } from '../app.ts';
import { createFeatureStore } from '../geo-store/feature-store.ts';
import { seedMissingDatasets } from '../db/seed.ts';
import type { AppDeps } from '../app-deps.ts';
import { appRouter } from '../trpc/app-router.ts';
import { createCallerFactory } from '../trpc/init.ts';
import { contextFor, type Context } from '../trpc/context.ts';
import { demoPassword, seedDemoAccounts } from '../auth/demo-accounts.ts';
import { findUserByUsername } from '../features/users/users.repository.ts';
import type { SessionUser } from '../../shared/schemas/auth.ts';
import type { TestEngine } from './test-databases.ts';

export const createCaller = createCallerFactory(appRouter);
export type Caller = ReturnType<typeof createCaller>;

/** Real time until a test sets it; then frozen where the test puts it. */
export class TestClock {
  private frozen: Date | null = null;

  now = (): Date => new Date(this.frozen ?? Date.now());

  set(at: Date | string): void {
    this.frozen = new Date(at);
  }

  advance(milliseconds: number): void {
    this.frozen = new Date(this.now().getTime() + milliseconds);
  }
}

export interface TestApp {
  deps: AppDeps;
  baseUrl: string;
  clock: TestClock;
  /** An anonymous caller. */
  caller: Caller;
  /** A caller signed in as `user` (null: anonymous), through createCaller. */
  callerAs(user: SessionUser | null, options?: Parameters<typeof contextFor>[2]): Caller;
  contextAs(user: SessionUser | null, options?: Parameters<typeof contextFor>[2]): Context;
  /** The session user of an existing account. */
  user(username: string): Promise<SessionUser>;
  /** Logs in over HTTP (demo password by default) and returns the Cookie header to send. */
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Seed the geodata layers (default true). */
  seed?: boolean;
  /** Seed the parcels and the clearance demo too (default false: ~10 s per app; only parcel tests need them). */
  parcels?: boolean;
  /** Seed the demo accounts (default true). */
  accounts?: boolean;
  /** Environment overrides, e.g. low rate limits. */
  env?: Record<string, string>;
}

export async function startTestApp(engine: TestEngine, options: TestAppOptions = {}): Promise<TestApp> {
  const { database, dispose } = await engine.open();
  const features = createFeatureStore(database);
  if (options.seed !== false) await seedMissingDatasets(database, features, { generated: options.parcels === true });
  const env = parseEnv({ NODE_ENV: 'test', RATE_LIMIT_READS_PER_MINUTE: '100000', RATE_LIMIT_WRITES_PER_MINUTE: '100000', RATE_LIMIT_LOGINS_PER_MINUTE: '100000', RATE_LIMIT_ENQUIRIES_PER_HOUR: '100000', ...options.env });
  if (options.accounts !== false) await seedDemoAccounts(database, env);
  const clock = new TestClock();
  const deps: AppDeps = { env, database, features, version: 'test', clock: clock.now };
  const server: Server = createApp(deps, { clientDirectory: '/nonexistent' }).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;

  return {
    deps,
    baseUrl,
    clock,
    caller: createCaller(contextFor(deps, null)),
    callerAs: (user, contextOptions) => createCaller(contextFor(deps, user, contextOptions)),
    contextAs: (user, contextOptions) => contextFor(deps, user, contextOptions),
    async user(username) {
      const record = await findUserByUsername(database.db, username);
      if (!record) throw new Error(`No user ${username}`);
      return { id: record.id, username: record.username, displayName: record.displayName, role: record.role, communeCode: record.communeCode };
    },
    async login(username, password = demoPassword(username)) {
      const response = await fetch(`${baseUrl}/trpc/auth.login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      if (response.status !== 200) throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
      const setCookie = response.headers.get('set-cookie') ?? '';
      const cookie = /ezgis_session=[^;]+/.exec(setCookie)?.[0];
      if (!cookie) throw new Error(`login ${username}: no session cookie`);
      return cookie;
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await dispose();
    },
  };
}
