/**
 * A MapLibre popup whose content is React (rendered through a portal), anchored at a point.
 * Closes on Escape from anywhere on the page and takes focus when it opens, so keyboard users
 * land on its close button.
 */
import { useEffect, useEffectEvent, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import * as maplibregl from 'maplibre-gl';
import { useMap } from './map-context.ts';

export interface MapPopupProps {
  /** [lon, lat]. */
  lngLat: [number, number];
  onClose: () => void;
  children: ReactNode;
}

export function MapPopup({ lngLat, onClose, children }: MapPopupProps) {
  const map = useMap();
  const [container] = useState(() => document.createElement('div'));
  const popupRef = useRef<maplibregl.Popup | null>(null);
  const close = useEffectEvent(() => onClose());
  const [lon, lat] = lngLat;
  const initialPosition = useEffectEvent((): [number, number] => [lon, lat]);

  useEffect(() => {
    if (!map) return;
    const popup = new maplibregl.Popup({
      closeButton: false,
      closeOnClick: false,
      closeOnMove: false,
      focusAfterOpen: true,
      maxWidth: '380px',
      className: 'feature-popup-frame',
      offset: 10,
    })
      .setDOMContent(container)
      .setLngLat(initialPosition())
      .addTo(map);
    popupRef.current = popup;
    return () => {
      popupRef.current = null;
      popup.remove();
    };
  }, [map, container]);

  useEffect(() => {
    popupRef.current?.setLngLat([lon, lat]);
  }, [lon, lat]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return createPortal(children, container);
}
