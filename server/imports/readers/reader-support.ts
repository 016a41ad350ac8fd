/**
 * Small pieces every format reader needs: attribute values in the contract's types, the
 * feature/attribute limits checked the same way, text decoding with a BOM.
 */
import { ImportRefused, type ImportLimits, type RawDataset, type RawFeature } from './reader-types.ts';

export type AttributeValue = RawFeature['properties'][string];

/** A file value as a contract attribute: numbers must be finite, dates become ISO text, objects JSON; NFC text. */
export function toAttributeValue(value: unknown): AttributeValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.normalize('NFC');
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (value instanceof Uint8Array) return null;
  return JSON.stringify(value);
}

/**
 * Holds a dataset to the per-import limits a reader can judge: too many features or attributes
 * refuse the file; an over-long text value is an error on its feature (it is not committed).
 */
export function enforceDatasetLimits(dataset: RawDataset, limits: ImportLimits): RawDataset {
  if (dataset.features.length > limits.maxFeatures) {
    throw new ImportRefused('too-many-features', `Tệp có ${dataset.features.length} đối tượng, vượt giới hạn ${limits.maxFeatures} đối tượng mỗi lần nhập.`);
  }
  dataset.features.forEach((feature, index) => {
    const names = Object.keys(feature.properties);
    if (names.length > limits.maxAttributes) {
      throw new ImportRefused('too-many-attributes', `${feature.where} có ${names.length} thuộc tính, vượt giới hạn ${limits.maxAttributes}.`);
    }
    for (const name of names) {
      if (name.length > limits.maxAttributeLength) {
        throw new ImportRefused('attribute-too-long', `${feature.where}: tên thuộc tính dài ${name.length} ký tự, vượt giới hạn ${limits.maxAttributeLength}.`);
      }
      const value = feature.properties[name];
      if (typeof value === 'string' && value.length > limits.maxAttributeLength) {
        dataset.errors.push({ feature: index, where: feature.where, code: 'attribute-too-long', message: `Thuộc tính '${name}' dài ${value.length} ký tự, vượt giới hạn ${limits.maxAttributeLength}.` });
      }
    }
  });
  return dataset;
}

/** Refuse a file above the upload limit before anything reads it. */
export function checkFileSize(bytes: Uint8Array, limits: ImportLimits): void {
  if (bytes.byteLength > limits.maxFileBytes) {
    throw new ImportRefused('file-too-large', `Tệp có ${bytes.byteLength} byte, vượt giới hạn ${limits.maxFileBytes} byte.`, 413);
  }
}

/** UTF-8 text without its BOM; null when the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}
