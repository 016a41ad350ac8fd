/** Inputs of the chainage lookups: a chainage is typed as text (`Km1+106,19`) or given in metres. */
import { z } from 'zod';

export const roadIdSchema = z.string().trim().min(1).max(100);
/** `Km1+106.19` / `Km1+106,19`, or metres from the road's origin. */
export const chainageInputSchema = z.union([z.string().trim().min(1, 'enter a chainage such as Km1+106.19').max(40), z.number().finite().min(0)]);

export const locateChainageInput = z.object({ roadId: roadIdSchema, chainage: chainageInputSchema });
export const chainageSegmentInput = z.object({ roadId: roadIdSchema, from: chainageInputSchema, to: chainageInputSchema });
export const chainageOfPointInput = z.object({
  roadId: roadIdSchema,
  /** [lon, lat] in WGS84. */
  point: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
});

export type LocateChainageInput = z.infer<typeof locateChainageInput>;
export type ChainageSegmentInput = z.infer<typeof chainageSegmentInput>;
export type ChainageOfPointInput = z.infer<typeof chainageOfPointInput>;
