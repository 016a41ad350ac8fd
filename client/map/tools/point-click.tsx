/**
 * Clicks on the map reported as [lon, lat] (the planning page asks "what applies here" or pins a
 * comment there); `onPin` hits on comment pins. A crosshair cursor while `pinning`.
 */
import { useEffect, useEffectEvent } from 'react';
import type { MapMouseEvent } from 'maplibre-gl';
import { useMap } from '../map-context.ts';
import { planCommentsLayerId } from '../plan-overlays.ts';

export function PointClick({ pinning, onPoint, onPin }: {
  pinning: boolean;
  onPoint: (lngLat: [number, number]) => void;
  onPin?: (commentId: string) => void;
}) {
  const map = useMap();
  const reportPoint = useEffectEvent((lngLat: [number, number]) => onPoint(lngLat));
  const reportPin = useEffectEvent((id: string) => onPin?.(id));
  const isPinning = useEffectEvent(() => pinning);

  useEffect(() => {
    if (!map) return;
    const onClick = (event: MapMouseEvent) => {
      if (!isPinning() && map.getLayer(planCommentsLayerId)) {
        const { x, y } = event.point;
        const pin = map.queryRenderedFeatures([[x - 5, y - 5], [x + 5, y + 5]], { layers: [planCommentsLayerId] })[0];
        const id = pin?.properties['id'];
        if (typeof id === 'string') {
          reportPin(id);
          return;
        }
      }
      reportPoint([Math.round(event.lngLat.lng * 1e6) / 1e6, Math.round(event.lngLat.lat * 1e6) / 1e6]);
    };
    map.on('click', onClick);
    return () => {
      map.off('click', onClick);
    };
  }, [map]);

  useEffect(() => {
    if (!map) return;
    map.getCanvas().style.cursor = pinning ? 'crosshair' : 'pointer';
    return () => {
      map.getCanvas().style.cursor = '';
    };
  }, [map, pinning]);

  return null;
}
