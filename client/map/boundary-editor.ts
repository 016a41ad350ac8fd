/**
 * Editing one polygon on a small map with terra-draw: the vertices can be dragged, midpoints
 * added, vertices deleted (right click); every change reports the polygon. Lives in map/ because
 * it drives maplibre-gl directly.
 */
import type * as maplibregl from 'maplibre-gl';
import type { Polygon } from 'geojson';
import { TerraDraw, TerraDrawPolygonMode, TerraDrawSelectMode } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';

export interface PolygonEditor {
  stop: () => void;
}

const editedFeatureId = 'a3f0c6d2-5b1e-4c8a-9f2d-000000000001';

export function startPolygonEdit(map: maplibregl.Map, geometry: Polygon, onChange: (polygon: Polygon) => void): PolygonEditor {
  const draw = new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map }),
    modes: [
      new TerraDrawPolygonMode({ styles: { fillColor: '#d9480f', fillOpacity: 0.15, outlineColor: '#d9480f', outlineWidth: 2 } }),
      new TerraDrawSelectMode({
        flags: { polygon: { feature: { draggable: false, coordinates: { midpoints: true, draggable: true, deletable: true } } } },
        styles: { selectedPolygonColor: '#d9480f', selectedPolygonFillOpacity: 0.15, selectedPolygonOutlineColor: '#d9480f', selectionPointColor: '#ffffff', selectionPointOutlineColor: '#d9480f', midPointColor: '#d9480f' },
      }),
    ],
  });
  draw.start();
  draw.addFeatures([{ type: 'Feature', id: editedFeatureId, geometry, properties: { mode: 'polygon' } }]);
  draw.setMode('select');
  draw.selectFeature(editedFeatureId);
  draw.on('change', () => {
    const feature = draw.getSnapshotFeature(editedFeatureId);
    if (feature?.geometry.type === 'Polygon') onChange(feature.geometry as Polygon);
  });
  return {
    stop: () => {
      if (draw.enabled) draw.stop();
    },
  };
}
