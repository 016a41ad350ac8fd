/**
 * The compare view's rows: each attribute's text per lot, whether the lots differ on it, and for
 * numbers which lot has the largest value (areas, lease) or the smallest (distances) — so a
 * difference reads at a glance. Pure.
 */
export interface CompareAttribute<T> {
  key: string;
  label: string;
  value: (item: T) => string;
  /** The number behind the text, when there is one: differences are judged on it. */
  number?: (item: T) => number | undefined;
}

export interface CompareRow {
  key: string;
  label: string;
  differs: boolean;
  /** `best`: the extreme value of a row that differs — smallest for distances (keys of gates, lanes, city), largest otherwise. */
  cells: { text: string; best: boolean }[];
}

const smallerIsBetter = (key: string) => /^(gate-|lane-|nearest|city)/.test(key);

export function compareRows<T>(items: readonly T[], attributes: readonly CompareAttribute<T>[]): CompareRow[] {
  return attributes.map((attribute) => {
    const texts = items.map((item) => attribute.value(item));
    const numbers = attribute.number ? items.map((item) => attribute.number?.(item)) : undefined;
    const differs = numbers && numbers.every((n) => n !== undefined) ? new Set(numbers).size > 1 : new Set(texts).size > 1;
    let extreme: number | undefined;
    if (differs && numbers && numbers.every((n): n is number => n !== undefined)) {
      extreme = smallerIsBetter(attribute.key) ? Math.min(...numbers) : Math.max(...numbers);
    }
    return {
      key: attribute.key,
      label: attribute.label,
      differs,
      cells: texts.map((text, index) => ({ text, best: extreme !== undefined && numbers?.[index] === extreme })),
    };
  });
}
