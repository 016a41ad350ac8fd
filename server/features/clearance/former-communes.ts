/**
 * Pre-2025 communes as the parcels key them: `<2025 commune code>.<n>`, n the unit's place in the
 * 2025 commune's `formedFrom` list (illustrative codes, see geodata/build/parcels.ts).
 */
export type FormedFrom = ReadonlyMap<string, { name: string; units: readonly string[] }>;

export function parseFormerCommuneCode(code: string): { communeCode: string; index: number } | null {
  const match = /^(.+)\.(\d+)$/.exec(code);
  if (!match?.[1] || !match[2]) return null;
  return { communeCode: match[1], index: Number(match[2]) - 1 };
}

export function formerCommuneName(code: string, formedFrom: FormedFrom): string | null {
  const parsed = parseFormerCommuneCode(code);
  if (!parsed) return null;
  return formedFrom.get(parsed.communeCode)?.units[parsed.index] ?? null;
}
