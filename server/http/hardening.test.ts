import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { sql } from 'kysely';
import { testEngines } from '../test-support/test-databases.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { mutationCases } from '../test-support/mutation-cases.ts';
import { snapshotAccounts } from '../test-support/db-snapshot.ts';
import { contentSecurityPolicy } from './security-headers.ts';

const sqlite = testEngines.find((e) => e.engine === 'sqlite')!;

/** The ways a page on another site can post without CORS preflight, plus a JSON post from a foreign origin. */
const crossSiteRequests: Record<string, (input: unknown) => { headers: Record<string, string>; body?: BodyInit }> = {
  'text/plain': (input) => ({ headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify(input ?? {}) }),
  'multipart/form-data': (input) => {
    const form = new FormData();
    for (const [key, value] of Object.entries((input as Record<string, unknown>) ?? {})) form.append(key, String(value));
    return { headers: {}, body: form };
  },
  'application/x-www-form-urlencoded': (input) => ({
    headers: {},
    body: new URLSearchParams(Object.entries((input as Record<string, unknown>) ?? {}).map(([k, v]) => [k, String(v)])),
  }),
  'JSON from a foreign Origin': (input) => ({ headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' }, body: JSON.stringify(input ?? {}) }),
};

describe.each(testEngines)('cross-site protection on $engine', (engine) => {
  let app: TestApp;
  let adminCookie: string;
  beforeAll(async () => {
    if (engine.skipReason) return;
    app = await startTestApp(engine, { seed: false });
    adminCookie = await app.login('admin');
  });
  afterAll(async () => app?.close());

  describe.skipIf(engine.skipReason !== null)(engine.skipReason ?? 'database available', () => {
    const cases = Object.keys(mutationCases).flatMap((path) => Object.keys(crossSiteRequests).map((kind) => ({ path, kind })));

    it.each(cases)('refuses $path posted as $kind with 403 and executes nothing', async ({ path, kind }) => {
      const input = await mutationCases[path]!.input(app, 'xa-dong-dang');
      const request = crossSiteRequests[kind]!(input);
      const before = await snapshotAccounts(app.deps.database.db);
      const response = await fetch(`${app.baseUrl}/trpc/${path}`, { method: 'POST', headers: { ...request.headers, Cookie: adminCookie }, body: request.body });
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: { data: { code: string } } }).error.data.code).toBe('FORBIDDEN');
      expect(await snapshotAccounts(app.deps.database.db)).toEqual(before);
    });

    it('accepts a JSON mutation from its own origin', async () => {
      const input = await mutationCases['users.update']!.input(app, 'xa-dong-dang');
      const response = await fetch(`${app.baseUrl}/trpc/users.update`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: app.baseUrl, Cookie: adminCookie },
        body: JSON.stringify(input),
      });
      expect(response.status).toBe(200);
    });
  });
});

describe('HTTP hardening', () => {
  let app: TestApp;
  let adminCookie: string;
  beforeAll(async () => {
    app = await startTestApp(sqlite, { seed: false, env: { ALLOWED_ORIGINS: 'https://admin.ezgis.example' } });
    adminCookie = await app.login('admin');
  });
  afterAll(async () => app.close());

  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${app.baseUrl}/trpc/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: adminCookie, ...headers }, body });
  const userCount = async () => (await snapshotAccounts(app.deps.database.db)).users.length;

  describe('security headers', () => {
    it.each(['/api/health', '/trpc/auth.me', '/ogc', '/tiles/planning-zones.json', '/no-such-page'])('sends a CSP MapLibre works under on %s', async (path) => {
      const csp = (await fetch(`${app.baseUrl}${path}`)).headers.get('content-security-policy') ?? '';
      for (const directive of [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        'child-src blob:',
        "frame-ancestors 'none'",
        "object-src 'none'",
        "base-uri 'self'",
      ]) {
        expect(csp).toContain(directive);
      }
    });

    it('sends nosniff and a referrer policy', async () => {
      const response = await fetch(`${app.baseUrl}/api/health`);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    });

    it('adds the online basemap origin to img-src and connect-src, and only there', () => {
      const csp = contentSecurityPolicy({ BASEMAP_URL: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png' });
      expect(csp).toContain("img-src 'self' data: blob: https://tile.openstreetmap.org;");
      expect(csp).toContain("connect-src 'self' https://tile.openstreetmap.org;");
      expect(csp).toContain("script-src 'self';");
      expect(contentSecurityPolicy({ BASEMAP_URL: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png' })).toContain('https://*.tiles.example.org');
    });
  });

  describe('origins', () => {
    it('accepts a mutation from an origin of ALLOWED_ORIGINS', async () => {
      const response = await post('auth.logoutEverywhere', '{}', { Origin: 'https://admin.ezgis.example' });
      expect(response.status).toBe(200);
      adminCookie = await app.login('admin');
    });

    it('answers a refused batch in tRPC’s batch shape, one error per call, so the tRPC client shows the message', async () => {
      const response = await post('users.create,auth.logout?batch=1', '{}', { Origin: 'https://evil.example' });
      const body = (await response.json()) as { error: { message: string; data: { code: string; path: string } } }[];
      expect(body.map((entry) => [entry.error.data.path, entry.error.data.code])).toEqual([
        ['users.create', 'FORBIDDEN'],
        ['auth.logout', 'FORBIDDEN'],
      ]);
      expect(body[0]?.error.message).toMatch(/cross-site/);
    });

    it('refuses the opaque origin "null" (sandboxed frames, files)', async () => {
      expect((await post('users.create', '{}', { Origin: 'null' })).status).toBe(403);
    });

    it('refuses a request the browser marks cross-site even without an Origin', async () => {
      expect((await post('users.create', '{}', { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    });
  });

  describe('input limits', () => {
    const newUser = (displayName: unknown) => JSON.stringify({ username: `limit-${Math.random().toString(36).slice(2, 8)}`, displayName, role: 'officer', password: 'long-enough-1' });
    const nested = (depth: number) => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`) as unknown;

    it('refuses a body over 1 MB with a JSON 413 and executes nothing', async () => {
      const before = await userCount();
      const response = await post('users.create', newUser('x'.repeat(1_100_000)));
      expect(response.status).toBe(413);
      expect(((await response.json()) as { error: { data: { code: string } } }).error.data.code).toBe('PAYLOAD_TOO_LARGE');
      expect(await userCount()).toBe(before);
    });

    it('refuses JSON nested deeper than 32 levels in a body with a 400 and executes nothing', async () => {
      const before = await userCount();
      const response = await post('users.create', newUser(nested(40)));
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/nested deeper than 32/);
      expect(await userCount()).toBe(before);
    });

    it('refuses JSON nested deeper than 32 levels in the input query parameter', async () => {
      const input = encodeURIComponent(JSON.stringify({ layerId: 'communes', bbox: nested(40) }));
      const response = await fetch(`${app.baseUrl}/trpc/layers.features?input=${input}`);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/nested deeper than 32/);
    });

    it('lets 32 levels through to the procedure’s own validation', async () => {
      const response = await post('users.create', newUser(nested(31)));
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/displayName/);
    });

    it('refuses a batch of 11 calls with a 400 and runs none of them', async () => {
      const paths = Array.from({ length: 11 }, () => 'users.create').join(',');
      const inputs = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [String(i), JSON.parse(newUser('Batch'))]));
      const before = await userCount();
      const response = await post(`${paths}?batch=1`, JSON.stringify(inputs));
      expect(response.status).toBe(400);
      expect(await userCount()).toBe(before);
    });

    it('accepts a batch of 10 calls', async () => {
      const paths = Array.from({ length: 10 }, () => 'auth.me').join(',');
      const inputs = encodeURIComponent(JSON.stringify({}));
      expect((await fetch(`${app.baseUrl}/trpc/${paths}?batch=1&input=${inputs}`)).status).toBe(200);
    });
  });

  describe('errors', () => {
    it('answers a tRPC input error without a stack, SQL or a file path', async () => {
      const response = await post('users.create', '{"username": 5}');
      const text = await response.text();
      expect(response.status).toBe(400);
      expect(text).not.toMatch(/stack|node_modules|\.ts:\d+|SELECT|INSERT/i);
    });

    it('answers malformed JSON with a 400 and no parser internals', async () => {
      const response = await post('users.create', '{"username": ');
      expect(response.status).toBe(400);
      expect(await response.text()).not.toMatch(/stack|node_modules|\.ts:\d+/);
    });
  });
});

describe('errors from a broken database', () => {
  let app: TestApp;
  let cookie: string;
  // The server logs the real error for its operators; keep it out of the test output.
  let logged: MockInstance<typeof console.error>;
  afterAll(() => logged.mockRestore());
  beforeAll(async () => {
    logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    app = await startTestApp(sqlite, { seed: false });
    cookie = await app.login('planner');
    // Every request with a session cookie now fails inside SQL.
    await sql`DROP TABLE sessions`.execute(app.deps.database.db);
  });
  afterAll(async () => app.close());

  it.each(['/trpc/auth.me', '/ogc/collections/communes/items', '/tiles/communes/0/0/0.mvt', '/api/audit.csv'])('answers %s with a 500 that shows no SQL, stack or path', async (path) => {
    const response = await fetch(`${app.baseUrl}${path}`, { headers: { Cookie: cookie } });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).toMatch(/Internal server error/);
    expect(text).not.toMatch(/sessions|SQLITE|no such table|stack|node_modules|\/work\/|\.ts:\d+/i);
    expect(logged).toHaveBeenCalled();
  });
});

describe('rate limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(sqlite, {
      seed: false,
      env: { RATE_LIMIT_READS_PER_MINUTE: '3', RATE_LIMIT_LOGINS_PER_MINUTE: '2', RATE_LIMIT_WRITES_PER_MINUTE: '2' },
    });
  });
  afterAll(async () => app.close());

  const login = () =>
    fetch(`${app.baseUrl}/trpc/auth.login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'officer', password: 'demo-officer' }) });
  const write = (cookie: string, path: string, input: unknown) =>
    fetch(`${app.baseUrl}/trpc/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie }, body: JSON.stringify(input) });

  it('answers anonymous reads over the per-IP limit with 429, a JSON error and Retry-After', async () => {
    app.clock.set('2026-12-20T01:00:00Z');
    for (let i = 0; i < 3; i += 1) expect((await fetch(`${app.baseUrl}/ogc`)).status).toBe(200);
    const response = await fetch(`${app.baseUrl}/ogc`);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('60');
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('TOO_MANY_REQUESTS');
  });

  it('lets reads through again in the next minute', async () => {
    app.clock.set('2026-12-20T01:01:00Z');
    expect((await fetch(`${app.baseUrl}/ogc`)).status).toBe(200);
  });

  it('does not limit health checks', async () => {
    for (let i = 0; i < 6; i += 1) expect((await fetch(`${app.baseUrl}/api/health`)).status).toBe(200);
  });

  it('limits login calls per IP with 429 in tRPC’s error shape', async () => {
    app.clock.set('2026-12-20T02:00:00Z');
    expect((await login()).status).toBe(200);
    expect((await login()).status).toBe(200);
    const refused = await login();
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error: { data: { code: string } } }).error.data.code).toBe('TOO_MANY_REQUESTS');
  });

  it('limits writes per user, each user on their own count', async () => {
    app.clock.set('2026-12-20T03:00:00Z');
    const admin = await app.login('admin');
    app.clock.set('2026-12-20T03:01:00Z');
    const planner = await app.login('planner');
    app.clock.set('2026-12-20T03:02:00Z');
    const rename = { id: (await app.user('officer')).id, displayName: 'Renamed' };
    expect((await write(admin, 'users.update', rename)).status).toBe(200);
    expect((await write(admin, 'users.update', rename)).status).toBe(200);
    const refused = await write(admin, 'users.update', rename);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('60');
    expect((await write(planner, 'auth.logoutEverywhere', {})).status).toBe(200);
  });
});
