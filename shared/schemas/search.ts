/** The app's search box: one query over lots, parks, gates, markers, cargo lanes, projects, communes and zones. */
import { z } from 'zod';

export const searchQueryInput = z.object({
  q: z.string().trim().min(1, 'type something to search for').max(100, 'at most 100 characters'),
  limit: z.number().int().min(1).max(50).default(10),
});

export type SearchQueryInput = z.infer<typeof searchQueryInput>;

export interface SearchItem {
  kind: 'lot' | 'park' | 'gate' | 'marker' | 'cargo-lane' | 'project' | 'commune' | 'zone';
  /** The feature id (a park's id for parks). */
  id: string;
  /** The map layer the item is in; null for parks (their lots are in land-lots). */
  layerId: string | null;
  name: string;
  /** [west, south, east, north], WGS84: what the map fits to. */
  bbox: [number, number, number, number];
}
