/**
 * The time axis of a timeline chart: calendar days (YYYY-MM-DD) → x in pixels, the span shown
 * (whole years around the dates given) and the year ticks. Days are counted in UTC so no time zone
 * can move a bar. Pure.
 */
export interface TimelineDomain {
  /** First day shown, 1 January of the first year. */
  start: string;
  /** The day after the last day shown, 1 January after the last year. */
  end: string;
}

const dayMs = 86_400_000;

function dayNumber(day: string): number {
  return Date.parse(`${day.slice(0, 10)}T00:00:00Z`) / dayMs;
}

/** Whole years covering every given day (nulls ignored); the current year alone when there is none. */
export function timelineDomain(days: ReadonlyArray<string | null | undefined>, fallbackDay: string): TimelineDomain {
  const years = days.filter((day): day is string => !!day && /^\d{4}-\d{2}-\d{2}/.test(day)).map((day) => Number(day.slice(0, 4)));
  const fallbackYear = Number(fallbackDay.slice(0, 4));
  const first = years.length > 0 ? Math.min(...years) : fallbackYear;
  const last = years.length > 0 ? Math.max(...years) : fallbackYear;
  return { start: `${first}-01-01`, end: `${last + 1}-01-01` };
}

/** x of the start of `day` on an axis of `width` pixels from `left`; days outside are clamped. */
export function dayToX(day: string, domain: TimelineDomain, left: number, width: number): number {
  const start = dayNumber(domain.start);
  const span = dayNumber(domain.end) - start;
  const fraction = Math.min(1, Math.max(0, (dayNumber(day) - start) / span));
  return Math.round((left + fraction * width) * 100) / 100;
}

/** 1 January of each year in the domain, with its x. */
export function yearTicks(domain: TimelineDomain, left: number, width: number): { year: number; x: number }[] {
  const ticks: { year: number; x: number }[] = [];
  for (let year = Number(domain.start.slice(0, 4)); year < Number(domain.end.slice(0, 4)); year += 1) {
    ticks.push({ year, x: dayToX(`${year}-01-01`, domain, left, width) });
  }
  return ticks;
}
