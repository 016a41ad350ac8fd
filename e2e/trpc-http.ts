/**
 * tRPC over plain HTTP for the e2e suites: what the server answers, read straight from
 * /trpc (not through the page), to compare the UI with, plus a session cookie for the calls
 * that need one.
 */
import type { Page } from 'playwright-core';
import type { RunningServer } from './server.ts';

/** GET /trpc/<procedure>?input=…; throws with the status and body unless the answer is 2xx. */
export async function trpcQuery<T>(server: RunningServer, procedure: string, input?: unknown, cookie?: string): Promise<T> {
  const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const response = await fetch(`${server.url}/trpc/${procedure}${query}`, { headers: cookie ? { cookie } : {} });
  if (!response.ok) throw new Error(`${procedure}: HTTP ${response.status} ${await response.text()}`);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

/** POST /trpc/<procedure> with a JSON body, as a same-origin client; throws unless the answer is 2xx. */
export async function trpcMutation<T>(server: RunningServer, procedure: string, input: unknown, cookie?: string): Promise<T> {
  const response = await fetch(`${server.url}/trpc/${procedure}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: server.url, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(input),
  });
  if (!response.ok) throw new Error(`${procedure}: HTTP ${response.status} ${await response.text()}`);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

/** Signs in through auth.login and returns the `ezgis_session=…` cookie to send with later calls. */
export async function loginCookie(server: RunningServer, username: string, password: string): Promise<string> {
  const response = await fetch(`${server.url}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: server.url },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`login: ${response.status} ${await response.text()}`);
  const cookie = /ezgis_session=[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0];
  if (!cookie) throw new Error('login: no session cookie');
  return cookie;
}

/** A tRPC query made by the page itself (so with its session cookie); throws when there is no result. */
export async function trpcQueryInPage<T>(page: Page, procedure: string, input?: unknown): Promise<T> {
  return page.evaluate(async ({ procedure, input }) => {
    const response = await fetch(input === undefined ? `/trpc/${procedure}` : `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`);
    const body = (await response.json()) as { result?: { data: unknown }; error?: unknown };
    if (!body.result) throw new Error(`${procedure} failed: ${JSON.stringify(body.error)}`);
    return body.result.data;
  }, { procedure, input }) as Promise<T>;
}
