/** The long-lived parts the Express app and the procedures share. */
import type { Database } from './db/create-db.ts';
import type { FeatureStore } from './geo-store/feature-store.ts';
import type { Env } from './env.ts';

export interface AppDeps {
  env: Env;
  database: Database;
  features: FeatureStore;
  version: string;
  /** The time, injectable so that tests control session expiry and throttling windows without sleeping. */
  clock?: () => Date;
}

export const systemClock = (): Date => new Date();

/** The current time as the app sees it. */
export function now(deps: Pick<AppDeps, 'clock'>): Date {
  return (deps.clock ?? systemClock)();
}
