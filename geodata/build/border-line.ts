/** The real Vietnam–China land border near Lạng Sơn (OpenStreetMap), copied unchanged but for rounding. */
import type { Feature } from 'geojson';
import type { z } from 'zod';
import type { borderLineProperties } from '../../shared/schemas/layer-properties.ts';
import { demoFeature, type DemoGeometry } from './demo-feature.ts';
import type { ReferenceData } from './reference-data.ts';

type BorderLineProperties = z.infer<typeof borderLineProperties>;

export function buildBorderLine(reference: ReferenceData): Feature<DemoGeometry, BorderLineProperties>[] {
  return reference.borderLines.map((line, index) =>
    demoFeature(`border-line-segment-${index + 1}`, line.geometry, {
      name: `Đường biên giới đất liền Việt Nam – Trung Quốc (đoạn ${index + 1})`,
      source: line.properties.source,
      license: line.properties.license,
      attribution: line.properties.attribution,
      illustrative: false,
    }),
  );
}
