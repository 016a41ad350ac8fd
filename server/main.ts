/** Start-up: config → database → migrate → seed if empty → listen. */
import { parseEnv } from './env.ts';
import { openDatabase } from './db/create-db.ts';
import { migrateToLatest } from './db/migrate.ts';
import { seedMissingDatasets } from './db/seed.ts';
import { createFeatureStore } from './geo-store/feature-store.ts';
import { createApp } from './app.ts';
import { appVersion } from './version.ts';
import { seedDemoAccounts } from './auth/demo-accounts.ts';
import { ensureAdminFromEnv } from './auth/first-admin.ts';
import { countUsers } from './features/users/users.repository.ts';

const env = parseEnv();
const database = openDatabase({ databaseUrl: env.DATABASE_URL, sqliteFile: env.SQLITE_FILE });
await migrateToLatest(database);
const features = createFeatureStore(database);
if (env.SEED_DEMO === 'true') {
  const seeded = await seedMissingDatasets(database, features);
  if (seeded > 0) console.log(`Seeded ${seeded} demo features from geodata/`);
}
if (await ensureAdminFromEnv(database, env)) console.log(`Created the first admin "${env.EZGIS_ADMIN_USERNAME}" from the environment`);
// Demo accounts have published passwords: demo mode only (seedDemoAccounts refuses production too).
if (env.SEED_DEMO === 'true' && env.NODE_ENV !== 'production') {
  const accounts = await seedDemoAccounts(database, env);
  if (accounts > 0) console.log(`Created ${accounts} demo accounts (password: demo-<username>)`);
}
if ((await countUsers(database.db)) === 0) {
  console.warn('No accounts yet. Create the first admin: set EZGIS_ADMIN_USERNAME and EZGIS_ADMIN_PASSWORD, or run');
  console.warn("  printf '%s\\n' '<password>' | node --import tsx server/auth/create-admin.ts <username>");
}

const app = createApp({ env, database, features, version: appVersion });
const server = env.HOST ? app.listen(env.PORT, env.HOST) : app.listen(env.PORT);
server.on('listening', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  console.log(`EZ-GIS listening on http://localhost:${port} (${database.engine})`);
});

async function shutdown(): Promise<void> {
  server.close();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
