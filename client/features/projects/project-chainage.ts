/** The text of a typed chainage, and the map link of a project. Pure. */
import { ChainageError } from '../../../shared/geo/chainage-error.ts';
import { parseChainage } from '../../../shared/geo/parse-chainage.ts';

export type ChainageText = { ok: true; metres: number } | { ok: false; reason: 'empty' | 'format' };

/** Reads what an officer typed (`Km1+500`, `km1 + 500,5`) with the server's own parser. */
export function readChainageText(text: string): ChainageText {
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  try {
    return { ok: true, metres: parseChainage(text) };
  } catch (error) {
    if (error instanceof ChainageError) return { ok: false, reason: 'format' };
    throw error;
  }
}

/** The map page link that opens on the project, selected: `/#map=z/lat/lon&lang=…&sel=projects:<id>`. */
export function mapLinkToProject(id: string, bbox: readonly [number, number, number, number], language: string): string {
  const [west, south, east, north] = bbox;
  const span = Math.max(east - west, north - south, 1e-4);
  // About 600 px across the span: zoom = log2(360 * 600 / (256 * span)), kept between 11 and 17.
  const zoom = Math.min(17, Math.max(11, Math.log2((360 * 600) / (256 * span))));
  return `/#map=${zoom.toFixed(2)}/${((south + north) / 2).toFixed(5)}/${((west + east) / 2).toFixed(5)}&lang=${language}&sel=projects:${encodeURIComponent(id)}`;
}
