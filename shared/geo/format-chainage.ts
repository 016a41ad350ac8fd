/**
 * Metres from the road's origin → `Km<k>+<mmm.cc>` (metres padded to three digits, centimetres
 * always shown): 1106.19 → `Km1+106.19`, 45 → `Km0+045.00`. Negative or non-finite input throws.
 */
export function formatChainage(chainageMeters: number): string {
  if (!Number.isFinite(chainageMeters) || chainageMeters < 0) throw new RangeError(`chainage must be a distance ≥ 0 m, got ${chainageMeters}`);
  const centimetres = Math.round(chainageMeters * 100);
  const kilometres = Math.floor(centimetres / 100_000);
  const metres = (centimetres - kilometres * 100_000) / 100;
  return `Km${kilometres}+${metres.toFixed(2).padStart(6, '0')}`;
}
