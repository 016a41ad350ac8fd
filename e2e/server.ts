/**
 * Starts the real server for a browser test: `node --import tsx server/main.ts` on a free port
 * with a fresh SQLite file in a temp directory (seeded from geodata/ on start), waits for
 * /api/health, and stops it afterwards. Builds nothing: the client must already be in
 * dist/client (`npm run build`; `npm test` builds first).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

export interface RunningServer {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** What the server printed, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  const probe = net.createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  await once(probe, 'close');
  if (typeof address !== 'object' || address === null) throw new Error('could not find a free port');
  return address.port;
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} before it was healthy:\n${output()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server was not healthy after ${timeoutMs} ms:\n${output()}`);
}

export async function startServer(options: { env?: Record<string, string>; timeoutMs?: number } = {}): Promise<RunningServer> {
  if (!fs.existsSync(path.join(root, 'dist/client/index.html'))) {
    throw new Error('dist/client/index.html is missing: build the client first (npm run build)');
  }
  const port = await freePort();
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'ezgis-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '127.0.0.1',
    SQLITE_FILE: path.join(directory, 'ezgis.sqlite'),
    SEED_DEMO: 'true',
    ...options.env,
  };
  // A fresh embedded database every run, whatever the shell points at; no online basemap.
  delete env.DATABASE_URL;
  if (!options.env?.BASEMAP_URL) delete env.BASEMAP_URL;

  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let printed = '';
  child.stdout?.on('data', (chunk: Buffer) => { printed += chunk.toString(); });
  child.stderr?.on('data', (chunk: Buffer) => { printed += chunk.toString(); });
  const output = () => printed;
  const url = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(directory, { recursive: true, force: true });
  };

  try {
    await waitForHealth(url, child, output, options.timeoutMs ?? 90_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, output, stop };
}
