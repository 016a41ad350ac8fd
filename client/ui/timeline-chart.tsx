/**
 * A timeline in plain SVG: one row per item with its planned span as a pale bar, the actual span
 * as a solid bar inside it, deadline markers (diamonds), year ticks and a "today" line.
 * Highlighted rows (overdue) get a red outline. Each row's name is a link (keyboard reachable);
 * the dates are repeated in a <title> for pointer users and in the link's accessible description.
 */
import type { MouseEvent } from 'react';
import { dayToX, timelineDomain, yearTicks } from './timeline-scale.ts';

export interface TimelineRow {
  key: string;
  label: string;
  href: string;
  planned: { from: string; to: string } | null;
  /** `to` null: started, not finished (drawn up to today). */
  actual: { from: string; to: string | null } | null;
  markers: readonly { day: string; label: string }[];
  colour: string;
  highlighted: boolean;
  /** Dates in words, for the tooltip and screen readers. */
  description: string;
}

const labelWidth = 300;
const chartWidth = 640;
const rowHeight = 30;
const axisHeight = 24;

export function TimelineChart({ rows, today, todayLabel, noDatesLabel, title, onLinkClick }: {
  rows: readonly TimelineRow[];
  today: string;
  todayLabel: string;
  /** Written in a row that has no date at all. */
  noDatesLabel: string;
  title: string;
  /** SVG links are not HTML links: read `getAttribute("href")`, not `.href`. */
  onLinkClick?: (event: MouseEvent<HTMLAnchorElement>) => void;
}) {
  const domain = timelineDomain(
    [today, ...rows.flatMap((row) => [row.planned?.from, row.planned?.to, row.actual?.from, row.actual?.to, ...row.markers.map((marker) => marker.day)])],
    today,
  );
  const x = (day: string) => dayToX(day, domain, labelWidth, chartWidth - 10);
  const height = axisHeight + rows.length * rowHeight + 8;
  const todayX = x(today);
  return (
    <svg className="timeline-chart" viewBox={`0 0 ${labelWidth + chartWidth} ${height}`} role="group" aria-label={title}>
      {yearTicks(domain, labelWidth, chartWidth - 10).map((tick) => (
        <g key={tick.year} className="timeline-chart__tick" aria-hidden="true">
          <line x1={tick.x} x2={tick.x} y1={axisHeight - 4} y2={height} />
          <text x={tick.x + 3} y={axisHeight - 8}>{tick.year}</text>
        </g>
      ))}
      {rows.map((row, index) => {
        const y = axisHeight + index * rowHeight;
        const middle = y + rowHeight / 2;
        return (
          <g key={row.key} className={`timeline-chart__row${row.highlighted ? ' timeline-chart__row--highlighted' : ''}`} data-key={row.key}>
            {index % 2 === 0 && <rect className="timeline-chart__stripe" x="0" y={y} width={labelWidth + chartWidth} height={rowHeight} aria-hidden="true" />}
            <a href={row.href} onClick={onLinkClick} aria-description={row.description}>
              <text className="timeline-chart__label" x="6" y={middle + 4}>
                {row.label.length > 44 ? `${row.label.slice(0, 43)}…` : row.label}
                <title>{`${row.label}\n${row.description}`}</title>
              </text>
            </a>
            {row.planned && (
              <rect
                className="timeline-chart__planned"
                x={x(row.planned.from)} y={middle - 8}
                width={Math.max(2, x(row.planned.to) - x(row.planned.from))} height={16} rx="3"
                fill={row.colour} stroke={row.colour}
                aria-hidden="true"
              />
            )}
            {row.actual && (
              <rect
                className="timeline-chart__actual"
                x={x(row.actual.from)} y={middle - 4}
                width={Math.max(2, x(row.actual.to ?? today) - x(row.actual.from))} height={8} rx="2"
                fill={row.colour}
                aria-hidden="true"
              />
            )}
            {!row.planned && !row.actual && row.markers.length === 0 && (
              <text className="timeline-chart__no-dates" x={labelWidth + 8} y={middle + 4}>{noDatesLabel}</text>
            )}
            {row.markers.map((marker) => {
              const mx = x(marker.day);
              return (
                <path key={marker.label} className="timeline-chart__marker" d={`M${mx} ${middle - 7} L${mx + 6} ${middle} L${mx} ${middle + 7} L${mx - 6} ${middle} Z`} aria-hidden="true">
                  <title>{marker.label}</title>
                </path>
              );
            })}
          </g>
        );
      })}
      <g className="timeline-chart__today" aria-hidden="true">
        <line x1={todayX} x2={todayX} y1={axisHeight - 6} y2={height} />
        <text x={todayX + 3} y={height - 2}>{todayLabel}</text>
      </g>
    </svg>
  );
}
