import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test-support/test-databases.ts';
import { startTestApp, type TestApp } from '../../test-support/test-app.ts';

describe.each(testEngines)('communes.list on $engine', (engine) => {
  let app: TestApp;
  beforeAll(async () => {
    if (!engine.skipReason) app = await startTestApp(engine);
  });
  afterAll(async () => app?.close());

  describe.skipIf(engine.skipReason !== null)(engine.skipReason ?? 'database available', () => {
    it('lists the 65 units by name with code, kind and zone membership, and no geometry', async () => {
      const communes = await app.caller.communes.list();
      expect(communes).toHaveLength(65);
      expect(communes.filter((c) => c.inZone)).toHaveLength(9);
      expect(communes.filter((c) => c.kind === 'ward')).toHaveLength(4);
      expect(communes.find((c) => c.code === '11.1806')).toEqual({ code: '11.1806', name: 'Đồng Đăng', kind: 'commune', inZone: true });
      expect(communes.map((c) => c.name)).toEqual([...communes.map((c) => c.name)].sort((a, b) => a.localeCompare(b, 'vi')));
      expect(JSON.stringify(communes)).not.toContain('coordinates');
    });
  });
});
