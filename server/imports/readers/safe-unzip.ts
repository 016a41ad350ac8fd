/**
 * Unzip an uploaded archive (zipped Shapefile, KMZ, XLSX) without trusting it. The central
 * directory is read by hand so every entry is judged BEFORE anything is inflated (count, names,
 * symlinks, encryption, declared sizes and ratio); then each entry is inflated in small chunks
 * while the real output is counted, because declared sizes can lie. Any breach refuses the
 * whole archive with ImportRefused naming the entry.
 */
import { Inflate } from 'fflate';
import { ImportRefused, type ImportLimits } from './reader-types.ts';

export interface SafeUnzipOptions {
  /** 0 for an uploaded archive; 1 for an archive found inside it. Archives inside a nested archive are refused. */
  nestingLevel?: number;
}

interface CentralEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
  externalAttributes: number;
  madeByHost: number;
}

const endOfCentralDirectorySignature = 0x06054b50;
const centralEntrySignature = 0x02014b50;
const localHeaderSignature = 0x04034b50;
/** Compressed bytes handed to the inflater at a time: bounds what one step can produce (≤ ~1 MB at deflate's 1032:1). */
const inflateChunkBytes = 1024;
/** Names of entries that are archives themselves. */
/**
 * Ratios are judged only on entries that unpack to more than this: a 3 kB DBF of padded spaces
 * legitimately deflates 200:1, and a small entry cannot be a bomb whatever its ratio.
 */
export const ratioJudgedAboveBytes = 1024 * 1024;
const archiveNamePattern = /\.(zip|kmz|xlsx|gz|tgz|7z|rar|tar|bz2|xz|jar)$/i;

/** True when the bytes start like a zip archive (local header or empty-archive marker). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

function refuse(code: string, message: string): never {
  throw new ImportRefused(code, message);
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65 535 bytes, at the very end.
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let offset = view.byteLength - 22; offset >= lowest; offset--) {
    if (view.getUint32(offset, true) === endOfCentralDirectorySignature) return offset;
  }
  return refuse('archive-unreadable', 'Tệp nén không đọc được: không tìm thấy danh mục ZIP / The file is not a valid zip archive');
}

function decodeName(bytes: Uint8Array, utf8Flag: boolean): string {
  if (utf8Flag) return new TextDecoder('utf-8').decode(bytes);
  // Without the UTF-8 flag the name is in the writer's legacy code page (CP437 is not in
  // TextDecoder; Vietnamese Windows writes 1258). Names only serve matching and messages.
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1258').decode(bytes);
  }
}

function readCentralDirectory(bytes: Uint8Array, limits: ImportLimits): CentralEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 22) refuse('archive-unreadable', 'Tệp nén không đọc được: tệp quá ngắn / The zip archive is truncated');
  const end = findEndOfCentralDirectory(view);
  const entryCount = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (entryCount === 0xffff || directoryOffset === 0xffffffff) {
    refuse('archive-zip64', 'Tệp nén dạng ZIP64 không được hỗ trợ / ZIP64 archives are not accepted');
  }
  if (entryCount > limits.maxArchiveEntries) {
    refuse('archive-too-many-entries', `Tệp nén có ${entryCount} tệp con, vượt giới hạn ${limits.maxArchiveEntries} / The archive has ${entryCount} entries, more than the limit of ${limits.maxArchiveEntries}`);
  }
  if (directoryOffset + directorySize > end) refuse('archive-unreadable', 'Tệp nén không đọc được: danh mục ZIP sai / The zip directory is corrupt');

  const entries: CentralEntry[] = [];
  let offset = directoryOffset;
  for (let i = 0; i < entryCount; i++) {
    if (offset + 46 > end || view.getUint32(offset, true) !== centralEntrySignature) {
      refuse('archive-unreadable', 'Tệp nén không đọc được: danh mục ZIP sai / The zip directory is corrupt');
    }
    const madeBy = view.getUint16(offset + 4, true);
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const declaredSize = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const externalAttributes = view.getUint32(offset + 38, true);
    const localHeaderOffset = view.getUint32(offset + 42, true);
    const name = decodeName(bytes.subarray(offset + 46, offset + 46 + nameLength), (flags & 0x800) !== 0);
    entries.push({ name, flags, method, compressedSize, declaredSize, localHeaderOffset, externalAttributes, madeByHost: madeBy >> 8 });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  // A second directory record can hide more entries than the count says; count what is there too.
  return entries;
}

/** Why an entry's name is unsafe to use as a path, in both languages, or null when it is safe. */
function unsafeNameReason(name: string): { vi: string; en: string } | null {
  if (name.includes('\\')) return { vi: 'chứa dấu gạch ngược', en: 'has a backslash in its path' };
  if (name.startsWith('/')) return { vi: 'là đường dẫn tuyệt đối', en: 'is an absolute path' };
  if (/^[a-zA-Z]:/.test(name)) return { vi: 'có tên ổ đĩa', en: 'names a drive letter' };
  if (name.split('/').some((part) => part === '..')) return { vi: "chứa '..' (vượt ra ngoài thư mục)", en: "climbs out of the folder with '..'" };
  if (name.includes('\0')) return { vi: 'chứa ký tự NUL', en: 'has a NUL byte in its name' };
  return null;
}

function isSymlink(entry: CentralEntry): boolean {
  // Unix hosts (3) and macOS (19) keep st_mode in the high 16 bits of the external attributes.
  if (entry.madeByHost !== 3 && entry.madeByHost !== 19) return false;
  const mode = entry.externalAttributes >>> 16;
  return (mode & 0o170000) === 0o120000;
}

function vetEntry(entry: CentralEntry, limits: ImportLimits, nestingLevel: number): void {
  const named = `'${entry.name}'`;
  const unsafe = unsafeNameReason(entry.name);
  if (unsafe) refuse('archive-path-traversal', `Tệp con ${named} trong tệp nén ${unsafe.vi}; tệp bị từ chối / Entry ${named} ${unsafe.en}; the archive is refused`);
  if (isSymlink(entry)) refuse('archive-symlink', `Tệp con ${named} là liên kết tượng trưng (symlink); tệp nén bị từ chối / Entry ${named} is a symbolic link; the archive is refused`);
  if (entry.flags & 0x1) refuse('archive-encrypted', `Tệp con ${named} được mã hóa bằng mật khẩu; hãy nén lại không đặt mật khẩu / Entry ${named} is password-protected; zip it again without a password`);
  if (entry.method !== 0 && entry.method !== 8) {
    refuse('archive-unsupported-compression', `Tệp con ${named} dùng kiểu nén ${entry.method} không được hỗ trợ / Entry ${named} uses compression method ${entry.method}; only stored and deflate are accepted`);
  }
  if (entry.declaredSize === 0xffffffff || entry.compressedSize === 0xffffffff) {
    refuse('archive-zip64', `Tệp con ${named} dạng ZIP64 không được hỗ trợ / Entry ${named} is a ZIP64 entry, which is not accepted`);
  }
  if (entry.declaredSize > limits.maxUnpackedBytes) {
    refuse('archive-too-large', `Tệp con ${named} khi giải nén có ${entry.declaredSize} byte, vượt giới hạn ${limits.maxUnpackedBytes} byte / Entry ${named} unpacks to ${entry.declaredSize} bytes, more than the limit of ${limits.maxUnpackedBytes}`);
  }
  const ratio = entry.declaredSize / Math.max(entry.compressedSize, 1);
  if (entry.declaredSize > ratioJudgedAboveBytes && ratio > limits.maxCompressionRatio) {
    refuse('archive-bomb', `Tệp con ${named} có tỉ lệ nén ${Math.round(ratio)}:1, vượt giới hạn ${limits.maxCompressionRatio}:1 — có thể là bom nén / Entry ${named} is compressed ${Math.round(ratio)}:1, beyond the limit of ${limits.maxCompressionRatio}:1 — a likely zip bomb`);
  }
  if (nestingLevel >= 1 && archiveNamePattern.test(entry.name)) {
    refuse('archive-nested', `Tệp con ${named} là tệp nén lồng trong tệp nén lồng; chỉ chấp nhận một cấp / Entry ${named} is an archive inside a nested archive; only one level of nesting is accepted`);
  }
}

function entryData(bytes: Uint8Array, entry: CentralEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== localHeaderSignature) {
    refuse('archive-unreadable', `Tệp con '${entry.name}' không đọc được / Entry '${entry.name}' has a corrupt header`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.byteLength) refuse('archive-unreadable', `Tệp con '${entry.name}' bị cắt cụt / Entry '${entry.name}' is truncated`);
  return bytes.subarray(start, start + entry.compressedSize);
}

/** Inflate one entry, counting real output against the entry's declared size and the limits. */
function inflateEntry(entry: CentralEntry, compressed: Uint8Array, limits: ImportLimits, unpackedSoFar: number): Uint8Array {
  const named = `'${entry.name}'`;
  if (entry.method === 0) {
    if (compressed.byteLength !== entry.declaredSize) refuse('archive-size-mismatch', `Tệp con ${named} có kích thước khai báo sai / Entry ${named} does not have its declared size`);
    return compressed.slice();
  }
  const chunks: Uint8Array[] = [];
  let produced = 0;
  const ratioCeiling = Math.max(ratioJudgedAboveBytes, compressed.byteLength * limits.maxCompressionRatio);
  const ceiling = Math.min(limits.maxUnpackedBytes - unpackedSoFar, ratioCeiling);
  const inflater = new Inflate((chunk) => {
    produced += chunk.byteLength;
    if (produced > entry.declaredSize) {
      refuse('archive-size-mismatch', `Tệp con ${named} giải nén ra nhiều hơn kích thước khai báo ${entry.declaredSize} byte — kích thước bị làm giả / Entry ${named} unpacks to more than its declared ${entry.declaredSize} bytes — the archive lies about its sizes`);
    }
    if (produced > ceiling) {
      refuse('archive-bomb', `Tệp con ${named} giải nén vượt giới hạn dung lượng hoặc tỉ lệ nén — có thể là bom nén / Entry ${named} unpacks beyond the size or ratio limit — a likely zip bomb`);
    }
    chunks.push(chunk);
  });
  for (let offset = 0; offset < compressed.byteLength; offset += inflateChunkBytes) {
    const end = Math.min(offset + inflateChunkBytes, compressed.byteLength);
    try {
      inflater.push(compressed.subarray(offset, end), end === compressed.byteLength);
    } catch (error) {
      if (error instanceof ImportRefused) throw error;
      refuse('archive-unreadable', `Tệp con ${named} bị hỏng, không giải nén được / Entry ${named} is corrupt and cannot be unpacked`);
    }
  }
  if (compressed.byteLength === 0) refuse('archive-unreadable', `Tệp con ${named} bị hỏng / Entry ${named} is corrupt`);
  if (produced !== entry.declaredSize) {
    refuse('archive-size-mismatch', `Tệp con ${named} giải nén ra ${produced} byte thay vì ${entry.declaredSize} byte khai báo / Entry ${named} unpacks to ${produced} bytes, not the declared ${entry.declaredSize} — the archive lies about its sizes`);
  }
  const out = new Uint8Array(produced);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/**
 * Every file entry of a zip archive, name → bytes (directories left out), or ImportRefused
 * naming the offending entry: too many entries, an entry or the total above maxUnpackedBytes,
 * a ratio above maxCompressionRatio (declared or real), traversal or absolute names, symlinks,
 * encryption, archives nested beyond one level, sizes that lie.
 */
/**
 * The entry names of an archive after every entry has been vetted (names, symlinks, encryption,
 * declared sizes and ratio), without inflating anything: format detection looks inside with this,
 * so a hostile archive is refused for what it is, not as an unknown format.
 */
export function vetZipDirectory(bytes: Uint8Array, limits: ImportLimits): string[] {
  const entries = readCentralDirectory(bytes, limits);
  for (const entry of entries) vetEntry(entry, limits, 0);
  return entries.map((entry) => entry.name);
}

export function safeUnzip(bytes: Uint8Array, limits: ImportLimits, options: SafeUnzipOptions = {}): Map<string, Uint8Array> {
  const nestingLevel = options.nestingLevel ?? 0;
  if (nestingLevel > 1) refuse('archive-nested', 'Tệp nén lồng quá một cấp / Archives nested more than one level deep are refused');
  if (bytes.byteLength > limits.maxFileBytes) {
    throw new ImportRefused('file-too-large', `Tệp có ${bytes.byteLength} byte, vượt giới hạn ${limits.maxFileBytes} byte / The file has ${bytes.byteLength} bytes, more than the limit of ${limits.maxFileBytes}`, 413);
  }
  const entries = readCentralDirectory(bytes, limits);

  let declaredTotal = 0;
  for (const entry of entries) {
    vetEntry(entry, limits, nestingLevel);
    declaredTotal += entry.declaredSize;
  }
  if (declaredTotal > limits.maxUnpackedBytes) {
    refuse('archive-too-large', `Tệp nén khi giải nén có tổng ${declaredTotal} byte, vượt giới hạn ${limits.maxUnpackedBytes} byte / The archive unpacks to ${declaredTotal} bytes in total, more than the limit of ${limits.maxUnpackedBytes}`);
  }

  const files = new Map<string, Uint8Array>();
  let unpacked = 0;
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    if (files.has(entry.name)) refuse('archive-duplicate-entry', `Tệp con '${entry.name}' xuất hiện hai lần trong tệp nén / Entry '${entry.name}' appears twice in the archive`);
    const data = inflateEntry(entry, entryData(bytes, entry), limits, unpacked);
    unpacked += data.byteLength;
    if (unpacked > limits.maxUnpackedBytes) refuse('archive-too-large', `Tệp nén giải nén vượt giới hạn tổng ${limits.maxUnpackedBytes} byte / The archive unpacks to more than the limit of ${limits.maxUnpackedBytes} bytes in total`);
    if (nestingLevel >= 1 && looksLikeZip(data)) {
      refuse('archive-nested', `Tệp con '${entry.name}' là tệp nén lồng trong tệp nén lồng; chỉ chấp nhận một cấp / Entry '${entry.name}' is an archive inside a nested archive; only one level of nesting is accepted`);
    }
    files.set(entry.name, data);
  }
  return files;
}

/** The file name without folders, lower-cased, for matching extensions and well-known names. */
export function baseName(entryName: string): string {
  return (entryName.split('/').pop() ?? entryName).toLowerCase();
}
