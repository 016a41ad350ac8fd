import { describe, expect, it } from 'vitest';
import { initialUiState, isLayerVisible, layerOpacity, uiReducer, type UiState } from './ui-state.ts';

const loaded: UiState = uiReducer(initialUiState(), {
  type: 'catalogue-loaded',
  defaultVisibleLayers: ['communes', 'border-line'],
  layerIds: ['communes', 'border-line', 'projects'],
});

const gate = { layerId: 'border-gates', featureId: 'gate-huu-nghi' };

describe('uiReducer', () => {
  it('starts in Vietnamese with no layers decided', () => {
    const state = initialUiState();
    expect(state.language).toBe('vi');
    expect(state.visibleLayers).toBeNull();
  });

  it('prefers the language of the link over the stored one', () => {
    expect(initialUiState({ language: 'en' }, 'vi').language).toBe('en');
    expect(initialUiState({}, 'en').language).toBe('en');
  });

  it('shows the layer of a feature chosen off the map and waits for its data to open it', () => {
    const chosen = uiReducer(loaded, { type: 'feature-requested', feature: gate });
    expect(chosen.visibleLayers).toEqual(['communes', 'border-line', 'border-gates']);
    expect(chosen.pendingSelection).toEqual(gate);
    expect(chosen.selected).toBeNull();
    const again = uiReducer(chosen, { type: 'feature-requested', feature: gate });
    expect(again.visibleLayers).toEqual(['communes', 'border-line', 'border-gates']);
  });

  it('shows the default layers once the catalogue arrives', () => {
    expect(loaded.visibleLayers).toEqual(['communes', 'border-line']);
  });

  it('keeps the layers named by the link over the defaults, minus unknown ids', () => {
    const state = uiReducer(initialUiState({ visibleLayers: ['projects', 'no-such-layer'] }), {
      type: 'catalogue-loaded', defaultVisibleLayers: ['communes'], layerIds: ['communes', 'projects'],
    });
    expect(state.visibleLayers).toEqual(['projects']);
  });

  it('toggles a layer on and off', () => {
    const on = uiReducer(loaded, { type: 'layer-visibility-set', layerId: 'projects', visible: true });
    expect(isLayerVisible(on, 'projects')).toBe(true);
    const off = uiReducer(on, { type: 'layer-visibility-set', layerId: 'communes', visible: false });
    expect(isLayerVisible(off, 'communes')).toBe(false);
    expect(off.visibleLayers).toEqual(['border-line', 'projects']);
  });

  it('closes the popup of a layer that is hidden', () => {
    const selected = uiReducer(loaded, { type: 'feature-selected', selection: { layerId: 'communes', featureId: 'c1', lngLat: [106.7, 21.9], properties: {} } });
    const hidden = uiReducer(selected, { type: 'layer-visibility-set', layerId: 'communes', visible: false });
    expect(hidden.selected).toBeNull();
  });

  it('clamps opacity to 0–1 and defaults it to 1', () => {
    expect(layerOpacity(loaded, 'communes')).toBe(1);
    expect(layerOpacity(uiReducer(loaded, { type: 'layer-opacity-set', layerId: 'communes', opacity: 1.7 }), 'communes')).toBe(1);
    expect(layerOpacity(uiReducer(loaded, { type: 'layer-opacity-set', layerId: 'communes', opacity: 0.25 }), 'communes')).toBe(0.25);
    expect(layerOpacity(uiReducer(loaded, { type: 'layer-opacity-set', layerId: 'communes', opacity: -3 }), 'communes')).toBe(0);
  });

  it('returns the same state when the hovered feature does not change', () => {
    const hovered = uiReducer(loaded, { type: 'feature-hovered', feature: gate });
    expect(uiReducer(hovered, { type: 'feature-hovered', feature: { ...gate } })).toBe(hovered);
  });

  it('selects a feature and clears the selection', () => {
    const selected = uiReducer(loaded, { type: 'feature-selected', selection: { ...gate, lngLat: [106.71, 21.97], properties: { name: 'Hữu Nghị' } } });
    expect(selected.selected?.featureId).toBe('gate-huu-nghi');
    expect(uiReducer(selected, { type: 'selection-cleared' }).selected).toBeNull();
  });

  it('turns a selection named by the link into a pending one until it is located', () => {
    const state = initialUiState({ selected: gate });
    expect(state.pendingSelection).toEqual(gate);
    const located = uiReducer(state, { type: 'feature-selected', selection: { ...gate, lngLat: [106.71, 21.97], properties: {} } });
    expect(located.pendingSelection).toBeNull();
  });

  it('sorts and deduplicates legend values found in tiles, and ignores a repeat', () => {
    const summary = { legendValues: ['b', 'a', 'b'], illustrativeCount: 2, featureCount: 2 };
    const state = uiReducer(loaded, { type: 'tiles-summarised', layerId: 'planning-zones', summary });
    expect(state.tileSummaries['planning-zones']?.legendValues).toEqual(['a', 'b']);
    expect(uiReducer(state, { type: 'tiles-summarised', layerId: 'planning-zones', summary: { ...summary, legendValues: ['a', 'b'] } })).toBe(state);
  });

  it('shows a notice once and dismisses it', () => {
    const shown = uiReducer(uiReducer(loaded, { type: 'notice-shown', notice: 'basemap-failed' }), { type: 'notice-shown', notice: 'basemap-failed' });
    expect(shown.notices).toEqual(['basemap-failed']);
    expect(uiReducer(shown, { type: 'notice-dismissed', notice: 'basemap-failed' }).notices).toEqual([]);
  });

  it('applies a hash edited by hand: view, layers and language', () => {
    const state = uiReducer(loaded, {
      type: 'url-state-applied',
      urlState: { view: { center: [106.7, 21.95], zoom: 13 }, visibleLayers: ['projects'], language: 'en' },
    });
    expect(state.view).toEqual({ center: [106.7, 21.95], zoom: 13 });
    expect(state.visibleLayers).toEqual(['projects']);
    expect(state.language).toBe('en');
  });

  it('closes the popup when the applied hash names no selection', () => {
    const selected = uiReducer(loaded, { type: 'feature-selected', selection: { ...gate, lngLat: [106.71, 21.97], properties: {} } });
    expect(uiReducer(selected, { type: 'url-state-applied', urlState: {} }).selected).toBeNull();
  });
});

describe('uiReducer: the projects filter', () => {
  it('starts from the link, changes with the panel, and follows a hand-edited hash', () => {
    const fromLink = initialUiState({ projectFilter: 'overdue', asOf: '2025-10-01' });
    expect(fromLink).toMatchObject({ projectFilter: 'overdue', asOf: '2025-10-01' });
    const halted = uiReducer(fromLink, { type: 'project-filter-set', filter: 'halted' });
    expect(halted.projectFilter).toBe('halted');
    expect(uiReducer(halted, { type: 'project-filter-set', filter: 'halted' })).toBe(halted);
    const today = uiReducer(halted, { type: 'as-of-set', asOf: null });
    expect(today.asOf).toBeNull();
    // A link without the filter shows every project again, as of today.
    expect(uiReducer(fromLink, { type: 'url-state-applied', urlState: { language: 'vi' } })).toMatchObject({ projectFilter: '', asOf: null });
  });
});
