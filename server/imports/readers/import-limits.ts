/** The default limits of one import (each can be lowered in tests; see ImportLimits). */
import type { ImportLimits } from './reader-types.ts';

export const defaultImportLimits: ImportLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxUnpackedBytes: 200 * 1024 * 1024,
  maxCompressionRatio: 100,
  maxArchiveEntries: 200,
  maxFeatures: 50_000,
  maxVerticesPerFeature: 100_000,
  maxAttributes: 200,
  maxAttributeLength: 10_000,
  maxDepth: 32,
};
