/**
 * Diagonal hatch images for fill-pattern (no sprite sheet is shipped: the map works offline).
 * The map view adds them on `styleimagemissing`; the pixels are computed here, purely.
 */

/** Hatches the style refers to, by name, with their stroke colour. */
export const hatchPatterns = {
  'not-agreed': '#5f3dc4',
  clearance: '#e8590c',
  /** Features an import refuses (import preview). */
  'import-rejected': '#c92a2a',
} as const;
export type HatchName = keyof typeof hatchPatterns;

const prefix = 'ezgis-hatch-';

export function hatchImageId(name: HatchName): string {
  return `${prefix}${name}`;
}

/** The hatch named by a style image id, if it is one of ours. */
export function hatchNameOf(imageId: string): HatchName | undefined {
  if (!imageId.startsWith(prefix)) return undefined;
  const name = imageId.slice(prefix.length);
  return name in hatchPatterns ? (name as HatchName) : undefined;
}

export interface RgbaImage {
  width: number;
  height: number;
  /** RGBA, 4 bytes per pixel, rows top to bottom. */
  data: Uint8Array;
}

function parseHexColour(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`expected a colour as #rrggbb, got ${hex}`);
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

/**
 * A square tile of 45° stripes that repeats seamlessly: pixel (x, y) is inked when
 * (x + y) mod size falls within the stripe width. Transparent elsewhere.
 * @param size tile side in pixels; stripes repeat every `size` pixels along each axis
 * @param stripeWidth inked pixels per period, measured along an axis
 */
export function hatchImage(colour: string, size = 10, stripeWidth = 2, alpha = 200): RgbaImage {
  const [red, green, blue] = parseHexColour(colour);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      if ((x + y) % size >= stripeWidth) continue;
      const offset = (y * size + x) * 4;
      data[offset] = red;
      data[offset + 1] = green;
      data[offset + 2] = blue;
      data[offset + 3] = alpha;
    }
  }
  return { width: size, height: size, data };
}
