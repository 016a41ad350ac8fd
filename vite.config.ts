/**
 * Vite builds and serves the client (root: client/). The dev server proxies the API, tiles and
 * OGC endpoints to the Node server on :3000 (or EZGIS_API_ORIGIN, e.g. http://localhost:3107).
 * Keys are anchored regexes: Vite matches proxy keys by prefix, and a bare '/api' would also
 * catch e.g. '/apiary.js' (TOOLCHAIN.md). Test configuration lives in vitest.config.ts, not here.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const target = process.env.EZGIS_API_ORIGIN ?? 'http://localhost:3000';
/**
 * Keep the browser's Host header (Vite's string shorthand would rewrite it to the target): the
 * server writes absolute tile URLs into TileJSON from Host, and they must point back at this
 * dev server, not cross-origin at the API server.
 */
const proxied = { target, changeOrigin: false };

export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    // MapLibre alone is ~1 MB minified; the warning would fire on every build.
    chunkSizeWarningLimit: 1600,
  },
  server: {
    proxy: {
      '^/trpc/': proxied,
      '^/tiles/': proxied,
      '^/ogc': proxied,
      '^/api/': proxied,
    },
  },
});
