/** The one MapLibre map, shared with the tools and popups rendered inside <MapView>. */
import { createContext, useContext } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';

export const MapContext = createContext<MaplibreMap | null>(null);

/** The map, or null before it exists. Only components under <MapView> see it. */
export function useMap(): MaplibreMap | null {
  return useContext(MapContext);
}
