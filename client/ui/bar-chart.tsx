/**
 * A small horizontal bar chart in plain SVG: one labelled bar per item, the value written at the
 * end of the bar. The table of values is the text itself, so screen readers read it as a list.
 */
export interface BarChartItem {
  key: string;
  label: string;
  value: number;
  /** The value as text (units, locale). */
  valueLabel: string;
  colour: string;
  /** A remark under the row, e.g. how many items have no value. */
  note?: string;
}

const rowHeight = 26;
const barHeight = 16;

export function BarChart({ title, items }: { title: string; items: readonly BarChartItem[] }) {
  const max = Math.max(1, ...items.map((item) => item.value));
  return (
    <figure className="bar-chart">
      <figcaption className="bar-chart__title">{title}</figcaption>
      <ul className="bar-chart__rows">
        {items.map((item) => (
          <li key={item.key} className="bar-chart__row" data-key={item.key}>
            <span className="bar-chart__label">{item.label}</span>
            <svg className="bar-chart__bar" viewBox={`0 0 100 ${rowHeight}`} preserveAspectRatio="none" height={rowHeight} aria-hidden="true" focusable="false">
              <rect x="0" y={(rowHeight - barHeight) / 2} width={Math.max(item.value > 0 ? 1 : 0, (item.value / max) * 100)} height={barHeight} rx="2" fill={item.colour} />
            </svg>
            <span className="bar-chart__value">{item.valueLabel}</span>
            {item.note && <span className="bar-chart__note">{item.note}</span>}
          </li>
        ))}
      </ul>
    </figure>
  );
}

export interface DivergingBarChartItem {
  key: string;
  label: string;
  /** Signed: losses left of the axis, gains right of it. */
  value: number;
  valueLabel: string;
  colour: string;
}

/**
 * Changes around a centre axis, e.g. hectares gained and lost per land-use class between two plan
 * revisions. Bars take the item's colour; the sign is also in the text (colour is never alone).
 */
export function DivergingBarChart({ title, items, gainLabel, lossLabel }: { title: string; items: readonly DivergingBarChartItem[]; gainLabel: string; lossLabel: string }) {
  const max = Math.max(Number.EPSILON, ...items.map((item) => Math.abs(item.value)));
  return (
    <figure className="bar-chart bar-chart--diverging">
      <figcaption className="bar-chart__title">{title}</figcaption>
      <div className="bar-chart__axis-labels" aria-hidden="true">
        <span>{lossLabel}</span>
        <span>{gainLabel}</span>
      </div>
      <ul className="bar-chart__rows">
        {items.map((item) => {
          const width = Math.max(1, (Math.abs(item.value) / max) * 50);
          return (
            <li key={item.key} className={`bar-chart__row bar-chart__row--${item.value < 0 ? 'loss' : 'gain'}`} data-key={item.key}>
              <span className="bar-chart__label">{item.label}</span>
              <svg className="bar-chart__bar" viewBox={`0 0 100 ${rowHeight}`} preserveAspectRatio="none" height={rowHeight} aria-hidden="true" focusable="false">
                <line x1="50" x2="50" y1="0" y2={rowHeight} stroke="#adb5bd" strokeWidth="0.6" vectorEffect="non-scaling-stroke" />
                <rect x={item.value < 0 ? 50 - width : 50} y={(rowHeight - barHeight) / 2} width={width} height={barHeight} rx="1.5" fill={item.colour} />
              </svg>
              <span className="bar-chart__value">{item.valueLabel}</span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
