import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTRPCClient, httpBatchLink, httpLink, TRPCClientError } from '@trpc/client';
import type { AppRouter } from '../trpc/app-router.ts';
import { testEngines } from '../test-support/test-databases.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';

const sqlite = testEngines.find((e) => e.engine === 'sqlite')!;

describe('read limit under /trpc, as the tRPC client sees it', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(sqlite, { seed: false, env: { RATE_LIMIT_READS_PER_MINUTE: '2' } });
  });
  afterAll(async () => app.close());

  async function refusal(call: () => Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
    try {
      await call();
    } catch (error) {
      return error as TRPCClientError<AppRouter>;
    }
    throw new Error('the call was not refused');
  }

  it('gives a single call a TOO_MANY_REQUESTS error with the wait', async () => {
    app.clock.set('2026-12-21T01:00:10Z');
    const client = createTRPCClient<AppRouter>({ links: [httpLink({ url: `${app.baseUrl}/trpc` })] });
    await client.config.client.query();
    await client.config.client.query();
    const error = await refusal(() => client.config.client.query());
    expect(error).toBeInstanceOf(TRPCClientError);
    expect(error.data?.code).toBe('TOO_MANY_REQUESTS');
    expect(error.data?.httpStatus).toBe(429);
    expect(error.data).toMatchObject({ retryAfterSeconds: 50 });
    expect(error.message).toContain('50');
  });

  it('gives every call of a batch the same error', async () => {
    app.clock.set('2026-12-21T01:01:00Z');
    const client = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: `${app.baseUrl}/trpc` })] });
    await client.config.client.query();
    await client.config.client.query();
    const errors = await Promise.all([refusal(() => client.config.client.query()), refusal(() => client.layers.list.query())]);
    for (const error of errors) {
      expect(error).toBeInstanceOf(TRPCClientError);
      expect(error.data?.code).toBe('TOO_MANY_REQUESTS');
    }
  });

  it('sends Retry-After with the seconds left in the window', async () => {
    app.clock.set('2026-12-21T01:02:45Z');
    for (let i = 0; i < 2; i += 1) await fetch(`${app.baseUrl}/trpc/config.client`);
    const response = await fetch(`${app.baseUrl}/trpc/config.client,layers.list?batch=1&input=${encodeURIComponent('{}')}`);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('15');
    const body = (await response.json()) as { error: { code: number; data: { code: string; retryAfterSeconds: number } } }[];
    expect(body).toHaveLength(2);
    expect(body[0]!.error.code).toBe(-32029);
    expect(body[1]!.error.data).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 15 });
    expect(body[0]!.error.data.retryAfterSeconds).toBe(15);
  });
});
