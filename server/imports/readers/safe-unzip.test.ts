import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { defaultImportLimits } from './import-limits.ts';
import { ImportRefused } from './reader-types.ts';
import { looksLikeZip, safeUnzip } from './safe-unzip.ts';

const hostile = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', 'hostile', name)));
const text = (value: string) => new TextEncoder().encode(value);

function refusal(run: () => unknown): ImportRefused {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportRefused) return error;
    throw error;
  }
  throw new Error('expected an ImportRefused');
}

describe('safeUnzip', () => {
  it('returns every file entry by name, directories left out', () => {
    const zip = zipSync({ 'a/': {}, 'a/lots.shp': text('shp'), 'lots.cpg': text('UTF-8') });
    const files = safeUnzip(zip, defaultImportLimits);
    expect([...files.keys()].sort()).toEqual(['a/lots.shp', 'lots.cpg']);
    expect(new TextDecoder().decode(files.get('lots.cpg'))).toBe('UTF-8');
  });

  it('accepts a small, highly compressible entry (a padded DBF) whatever its ratio', () => {
    const padded = text(' '.repeat(200_000));
    expect(safeUnzip(zipSync({ 'lots.dbf': padded }, { level: 9 }), defaultImportLimits).get('lots.dbf')?.byteLength).toBe(200_000);
  });

  it('refuses a bomb by its declared ratio before inflating, naming the entry', () => {
    const error = refusal(() => safeUnzip(hostile('zip-bomb-ratio.zip'), defaultImportLimits));
    expect(error.code).toBe('archive-bomb');
    expect(error.message).toContain("'lots.shp'");
  });

  it('refuses a bomb whose central directory lies about the unpacked size, while inflating', () => {
    const error = refusal(() => safeUnzip(hostile('zip-bomb-lying-sizes.zip'), defaultImportLimits));
    expect(error.code).toBe('archive-size-mismatch');
    expect(error.message).toContain("'lots.shp'");
  });

  it('refuses an entry above the unpacked-size limit, and a total above it', () => {
    const zip = zipSync({ 'a.txt': new Uint8Array(3000).fill(65), 'b.txt': new Uint8Array(3000).fill(66) }, { level: 0 });
    expect(refusal(() => safeUnzip(zip, { ...defaultImportLimits, maxUnpackedBytes: 2000 })).code).toBe('archive-too-large');
    expect(refusal(() => safeUnzip(zip, { ...defaultImportLimits, maxUnpackedBytes: 5000 })).message).toContain('tổng');
  });

  it('refuses too many entries', () => {
    expect(refusal(() => safeUnzip(hostile('zip-too-many-entries.zip'), defaultImportLimits)).code).toBe('archive-too-many-entries');
  });

  it.each([
    ['zip-traversal.zip', '../../etc/passwd'],
    ['zip-absolute-path.zip', '/etc/cron.d/evil'],
    ['zip-backslash-path.zip', '..\\..\\windows\\evil.shp'],
    ['zip-drive-letter.zip', 'C:/Windows/evil.shp'],
  ])('refuses the unsafe path in %s', (file, entry) => {
    const error = refusal(() => safeUnzip(hostile(file), defaultImportLimits));
    expect(error.code).toBe('archive-path-traversal');
    expect(error.message).toContain(entry);
  });

  it('refuses a symlink entry and an encrypted entry', () => {
    expect(refusal(() => safeUnzip(hostile('zip-symlink.zip'), defaultImportLimits)).code).toBe('archive-symlink');
    expect(refusal(() => safeUnzip(hostile('zip-encrypted.zip'), defaultImportLimits)).code).toBe('archive-encrypted');
  });

  it('allows one level of nesting and refuses an archive inside a nested archive', () => {
    const outer = safeUnzip(hostile('zip-nested-three-levels.zip'), defaultImportLimits);
    const level1 = outer.get('level1.zip') as Uint8Array;
    expect(looksLikeZip(level1)).toBe(true);
    expect(refusal(() => safeUnzip(level1, defaultImportLimits, { nestingLevel: 1 })).code).toBe('archive-nested');
  });

  it('refuses bytes that are not a zip', () => {
    expect(refusal(() => safeUnzip(text('not a zip at all, just text that is long enough'), defaultImportLimits)).code).toBe('archive-unreadable');
  });
});
