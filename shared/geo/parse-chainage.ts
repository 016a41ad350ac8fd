import { ChainageError } from './chainage-error.ts';

/** `Km<k>+<m>`: kilometres, then metres below 1000 with an optional decimal point or comma. */
const chainagePattern = /^km\s*(\d{1,4})\s*\+\s*(\d{1,3})(?:[.,](\d{1,3}))?$/i;

/**
 * A road chainage as written in Vietnamese surveys and notices → metres from the road's origin.
 * Accepts `Km1+106.19`, `Km1+106,19` (decimal comma), `KM 1 + 106.19`, `Km0+45`.
 * Throws ChainageError('format') for anything else, including metres of 1000 or more.
 */
export function parseChainage(text: string): number {
  const match = chainagePattern.exec(text.trim());
  if (!match) {
    throw new ChainageError('format', `"${text}" không phải lý trình dạng Km1+106,19 / is not a chainage like Km1+106.19`);
  }
  const [, kilometres = '0', metres = '0', fraction = ''] = match;
  return Number(kilometres) * 1000 + Number(`${metres}.${fraction || '0'}`);
}
