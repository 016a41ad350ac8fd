import { describe, expect, it } from 'vitest';
import { hatchImage, hatchImageId, hatchNameOf } from './hatch-pattern.ts';

describe('hatchImage', () => {
  it('inks a diagonal band of the given colour and leaves the rest transparent', () => {
    const image = hatchImage('#e8590c', 4, 1, 255);
    expect(image.width).toBe(4);
    expect(image.data.length).toBe(4 * 4 * 4);
    const alphaAt = (x: number, y: number) => image.data[(y * 4 + x) * 4 + 3];
    expect(Array.from(image.data.slice(0, 4))).toEqual([0xe8, 0x59, 0x0c, 255]);
    expect(alphaAt(1, 0)).toBe(0);
    expect(alphaAt(3, 1)).toBe(255);
  });

  it('tiles seamlessly: the right edge continues into the left', () => {
    const image = hatchImage('#000000', 8, 2);
    const inked = (x: number, y: number) => (image.data[(((y + 8) % 8) * 8 + ((x + 8) % 8)) * 4 + 3] ?? 0) > 0;
    for (let y = 0; y < 8; y += 1) expect(inked(7, y)).toBe(inked(-1, y));
  });

  it('refuses a colour it cannot read', () => {
    expect(() => hatchImage('orange')).toThrow(/#rrggbb/);
  });
});

describe('hatch ids', () => {
  it('round-trips our names and ignores other images', () => {
    expect(hatchNameOf(hatchImageId('clearance'))).toBe('clearance');
    expect(hatchNameOf('ezgis-hatch-unknown')).toBeUndefined();
    expect(hatchNameOf('marker-15')).toBeUndefined();
  });
});
