/**
 * Moves the map to a box when asked (a search result chosen), then reports the request done so a
 * later style reload (which remounts map children) does not move the map back. Padding leaves
 * room for the search box on top.
 */
import { useEffect, useEffectEvent } from 'react';
import type { BBox } from '../../../shared/geo/bbox.ts';
import { useMap } from '../map-context.ts';

export interface FitRequest {
  bbox: BBox;
}

/** Close enough to read a lot's shape or a marker's surroundings; a point result's box is empty. */
const FIT_MAX_ZOOM = 16;

export function FitTo({ request, onDone }: { request: FitRequest | null; onDone: () => void }) {
  const map = useMap();
  const done = useEffectEvent(onDone);
  useEffect(() => {
    if (!map || !request) return;
    const [west, south, east, north] = request.bbox;
    const container = map.getContainer();
    // The box must fit inside the padding even on a 390-px phone.
    const side = Math.min(60, container.clientWidth / 6);
    map.fitBounds([[west, south], [east, north]], {
      padding: { top: Math.min(90, container.clientHeight / 4), bottom: side, left: side, right: side },
      maxZoom: FIT_MAX_ZOOM,
      duration: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 600,
    });
    done();
  }, [map, request]);
  return null;
}
