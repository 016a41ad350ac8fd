// The parse worker's bootstrap, plain JavaScript: Node 20 does not carry the parent's
// `--import tsx` loader into worker threads, so the worker registers tsx itself, then loads the
// TypeScript entry. See server/workers/run-in-worker.ts.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
