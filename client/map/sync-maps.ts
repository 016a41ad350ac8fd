/** Keeps two maps on the same view (the planning page's comparison): each move of one moves the other. */
import type { Map as MaplibreMap } from 'maplibre-gl';

export function syncMaps(a: MaplibreMap, b: MaplibreMap): () => void {
  let following = false;
  const follow = (source: MaplibreMap, target: MaplibreMap) => () => {
    if (following) return;
    following = true;
    target.jumpTo({ center: source.getCenter(), zoom: source.getZoom(), bearing: source.getBearing(), pitch: source.getPitch() });
    following = false;
  };
  const aMoved = follow(a, b);
  const bMoved = follow(b, a);
  aMoved();
  a.on('move', aMoved);
  b.on('move', bMoved);
  return () => {
    a.off('move', aMoved);
    b.off('move', bMoved);
  };
}
