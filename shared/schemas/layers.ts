/** Inputs and outputs of the layers API, shared by the server procedures and the client. */
import { z } from 'zod';
import { layerIds } from '../layers/registry.ts';
import { isoDateSchema } from './projects.ts';

import { FEATURE_LIMIT_DEFAULT, FEATURE_LIMIT_MAX } from '../layers/limits.ts';

export { FEATURE_LIMIT_DEFAULT, FEATURE_LIMIT_MAX };

export const bboxSchema = z
  .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90), z.number().min(-180).max(180), z.number().min(-90).max(90)])
  .refine(([west, south, east, north]) => west <= east && south <= north, {
    message: 'bbox must be [west, south, east, north] with west ≤ east and south ≤ north',
  });

export const layerFeaturesInput = z.object({
  layerId: z.enum(layerIds),
  bbox: bboxSchema.optional(),
  limit: z.number().int().min(1).max(FEATURE_LIMIT_MAX).default(FEATURE_LIMIT_DEFAULT),
  /** Projects only: the day `derivedStatus` and `overdue` are computed for; today in Vietnam when absent. */
  asOf: isoDateSchema.optional(),
});
export type LayerFeaturesInput = z.input<typeof layerFeaturesInput>;
