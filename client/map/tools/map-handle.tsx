/** Hands the map of the enclosing <MapView> to its owner (the planning page syncs and flies two maps). */
import { useEffect, useEffectEvent } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { useMap } from '../map-context.ts';

export type { MaplibreMap };

export function MapHandle({ onMap }: { onMap: (map: MaplibreMap | null) => void }) {
  const map = useMap();
  const report = useEffectEvent((value: MaplibreMap | null) => onMap(value));
  useEffect(() => {
    report(map);
    return () => report(null);
  }, [map]);
  return null;
}
