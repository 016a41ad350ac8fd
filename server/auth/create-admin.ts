/**
 * One-time command: creates the first admin of a deployment.
 *
 *   printf '%s\n' 'a long passphrase' | node --import tsx server/auth/create-admin.ts <username>
 *
 * The password is read from stdin (never from the command line, where `ps` and shell history
 * would show it). Uses the same database as the server (DATABASE_URL or SQLITE_FILE) and
 * migrates it first. Refused when an active admin exists.
 */
import { parseEnv } from '../env.ts';
import { openDatabase } from '../db/create-db.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createFirstAdmin, FirstAdminRefused } from './first-admin.ts';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password (input is shown; prefer piping it in): ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    if (process.stdin.isTTY && chunk.includes(10)) break;
  }
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

const username = process.argv[2];
if (!username) {
  console.error('Usage: node --import tsx server/auth/create-admin.ts <username>   (password on stdin)');
  process.exit(2);
}

const env = parseEnv();
const database = openDatabase({ databaseUrl: env.DATABASE_URL, sqliteFile: env.SQLITE_FILE });
try {
  await migrateToLatest(database);
  const password = await readStdin();
  const admin = await createFirstAdmin(database, { username, password }, { procedure: 'system.createAdminCommand' });
  console.log(`Created admin "${admin.username}".`);
} catch (error) {
  if (error instanceof FirstAdminRefused) {
    console.error(`Refused: ${error.message}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
} finally {
  await database.close();
}
