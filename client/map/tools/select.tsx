/**
 * Hover and click on the data layers: the topmost feature under the pointer is reported as
 * hovered (the map view turns that into feature-state) with its name in a small tooltip and a
 * pointer cursor; a click selects it, a click on empty map clears the selection.
 */
import { useEffect, useEffectEvent } from 'react';
import * as maplibregl from 'maplibre-gl';
import type { MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';
import type { FeatureRef, Selection } from '../../state/ui-state.ts';
import { useMap } from '../map-context.ts';
import { catalogueLayerOf, interactiveLayerIds } from '../layers/index.ts';
import { featureIdProperty } from '../build-style.ts';
import { anchorPoint } from './anchor-point.ts';

export interface SelectToolProps {
  /** The name to show for a feature of a layer, or undefined for none. */
  featureName: (layerId: string, properties: Record<string, unknown>) => string | undefined;
  onHover: (feature: FeatureRef | null) => void;
  onSelect: (selection: Selection) => void;
  onClear: () => void;
}

interface Hit {
  ref: FeatureRef;
  feature: MapGeoJSONFeature;
}

function topmostHit(map: maplibregl.Map, event: MapMouseEvent): Hit | undefined {
  const layers = interactiveLayerIds.filter((id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none');
  if (layers.length === 0) return undefined;
  // A few pixels of slack so thin lines and small markers are easy to hit.
  const { x, y } = event.point;
  const features = map.queryRenderedFeatures([[x - 4, y - 4], [x + 4, y + 4]], { layers });
  for (const feature of features) {
    const layerId = catalogueLayerOf(feature.layer.id);
    const featureId = feature.properties[featureIdProperty] ?? feature.id;
    if (layerId !== undefined && featureId !== undefined && featureId !== null) {
      return { ref: { layerId, featureId: String(featureId) }, feature };
    }
  }
  return undefined;
}

export function SelectTool(props: SelectToolProps) {
  const map = useMap();
  const featureName = useEffectEvent((layerId: string, properties: Record<string, unknown>) => props.featureName(layerId, properties));
  const onHover = useEffectEvent((feature: FeatureRef | null) => props.onHover(feature));
  const onSelect = useEffectEvent((selection: Selection) => props.onSelect(selection));
  const onClear = useEffectEvent(() => props.onClear());

  useEffect(() => {
    if (!map) return;
    const tooltip = new maplibregl.Popup({
      closeButton: false,
      closeOnClick: false,
      className: 'map-tooltip',
      offset: 12,
      anchor: 'bottom-left',
      maxWidth: '280px',
    });
    let hoveredKey: string | undefined;

    const onMove = (event: MapMouseEvent) => {
      const hit = topmostHit(map, event);
      map.getCanvas().style.cursor = hit ? 'pointer' : '';
      const key = hit ? `${hit.ref.layerId}:${hit.ref.featureId}` : undefined;
      if (key !== hoveredKey) {
        hoveredKey = key;
        onHover(hit ? hit.ref : null);
      }
      const name = hit ? featureName(hit.ref.layerId, hit.feature.properties) : undefined;
      if (name) {
        tooltip.setLngLat(event.lngLat).setText(name);
        if (!tooltip.isOpen()) tooltip.addTo(map);
      } else {
        tooltip.remove();
      }
    };
    const onLeave = () => {
      map.getCanvas().style.cursor = '';
      tooltip.remove();
      if (hoveredKey !== undefined) {
        hoveredKey = undefined;
        onHover(null);
      }
    };
    const onClick = (event: MapMouseEvent) => {
      const hit = topmostHit(map, event);
      if (!hit) {
        onClear();
        return;
      }
      tooltip.remove();
      onSelect({
        ...hit.ref,
        lngLat: anchorPoint(hit.feature.geometry) ?? [event.lngLat.lng, event.lngLat.lat],
        properties: { ...hit.feature.properties },
      });
    };

    map.on('mousemove', onMove);
    map.on('mouseout', onLeave);
    map.on('click', onClick);
    return () => {
      map.off('mousemove', onMove);
      map.off('mouseout', onLeave);
      map.off('click', onClick);
      tooltip.remove();
      map.getCanvas().style.cursor = '';
    };
  }, [map]);

  return null;
}
