/** A small SVG sample of a map symbol, for legends. Presentational: knows nothing of the map. */

export type Swatch =
  | { kind: 'fill'; fill: string; fillOpacity?: number; stroke: string; strokeWidth?: number; dashed?: boolean; hatch?: string }
  | { kind: 'line'; colour: string; width: number; dashed?: boolean; casing?: string; halo?: { colour: string; width: number; opacity: number } }
  | { kind: 'circle'; fill: string; fillOpacity?: number; stroke: string; radius: number };

const size = 20;

export function LegendSwatch({ swatch }: { swatch: Swatch }) {
  return (
    <svg className="legend-swatch" width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true" focusable="false">
      {swatch.kind === 'fill' && <FillSwatch swatch={swatch} />}
      {swatch.kind === 'line' && <LineSwatch swatch={swatch} />}
      {swatch.kind === 'circle' && (
        <circle cx={size / 2} cy={size / 2} r={Math.min(swatch.radius, 8)} fill={swatch.fill} fillOpacity={swatch.fillOpacity ?? 1} stroke={swatch.stroke} strokeWidth={1.5} />
      )}
    </svg>
  );
}

function FillSwatch({ swatch }: { swatch: Extract<Swatch, { kind: 'fill' }> }) {
  const patternId = swatch.hatch ? `hatch-${swatch.hatch.replace('#', '')}` : undefined;
  return (
    <>
      {patternId && (
        <defs>
          <pattern id={patternId} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
            <rect width="1.6" height="5" fill={swatch.hatch} />
          </pattern>
        </defs>
      )}
      <rect
        x="2" y="3" width={size - 4} height={size - 6} rx="2"
        fill={patternId ? `url(#${patternId})` : swatch.fill}
        fillOpacity={patternId ? 1 : (swatch.fillOpacity ?? 1)}
        stroke={swatch.stroke}
        strokeWidth={swatch.strokeWidth ?? 1}
        strokeDasharray={swatch.dashed ? '3 2' : undefined}
      />
    </>
  );
}

function LineSwatch({ swatch }: { swatch: Extract<Swatch, { kind: 'line' }> }) {
  const y = size / 2;
  return (
    <>
      {swatch.halo && <line x1="1" y1={y} x2={size - 1} y2={y} stroke={swatch.halo.colour} strokeWidth={swatch.halo.width} strokeOpacity={swatch.halo.opacity} strokeLinecap="round" />}
      {swatch.casing && <line x1="1" y1={y} x2={size - 1} y2={y} stroke={swatch.casing} strokeWidth={swatch.width + 3} />}
      <line x1="1" y1={y} x2={size - 1} y2={y} stroke={swatch.colour} strokeWidth={swatch.width} strokeDasharray={swatch.dashed ? '5 3' : undefined} strokeLinecap="butt" />
    </>
  );
}
