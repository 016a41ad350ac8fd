/**
 * The layer panel: per catalogue layer a real checkbox, its legend, load state and counts, and
 * (disclosed) its description and an opacity slider. Every control is a labelled native input,
 * so the panel works from the keyboard and with screen readers.
 */
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui/badge.tsx';
import { Spinner } from '../../ui/spinner.tsx';
import { LegendSwatch } from '../../ui/legend-swatch.tsx';
import type { LegendEntry } from './legend-entries.ts';
import type { PanelItem } from './panel-items.ts';
import { ExportButton } from '../imports/export-dialog.tsx';

export interface LayersPanelProps {
  items: readonly PanelItem[];
  basemapLegend: readonly LegendEntry[];
  onVisibilityChange: (layerId: string, visible: boolean) => void;
  onOpacityChange: (layerId: string, opacity: number) => void;
  onRetry: (layerId: string) => void;
  /** Extra controls shown under a visible layer's legend, per layer id (the projects' status filter). */
  layerControls?: Readonly<Record<string, ReactNode>>;
}

export function LayersPanel({ items, basemapLegend, onVisibilityChange, onOpacityChange, onRetry, layerControls }: LayersPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="layers-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="layers-panel__title">{t('panel.title')}</h2>
      <ul className="layers-panel__list">
        {items.map((item) => (
          <LayerItem key={item.id} item={item} onVisibilityChange={onVisibilityChange} onOpacityChange={onOpacityChange} onRetry={onRetry} controls={layerControls?.[item.id]} />
        ))}
      </ul>
      <div className="layers-panel__basemap">
        <h3 className="layers-panel__subtitle">{t('panel.basemap')}</h3>
        <Legend entries={basemapLegend} />
      </div>
    </section>
  );
}

function LayerItem({ item, onVisibilityChange, onOpacityChange, onRetry, controls }: {
  item: PanelItem;
  controls: ReactNode;
  onVisibilityChange: LayersPanelProps['onVisibilityChange'];
  onOpacityChange: LayersPanelProps['onOpacityChange'];
  onRetry: LayersPanelProps['onRetry'];
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const baseId = useId();
  const checkboxId = `${baseId}-visible`;
  const opacityId = `${baseId}-opacity`;
  const detailsId = `${baseId}-details`;

  return (
    <li className={`layer-item${item.visible ? ' layer-item--visible' : ''}`} data-layer-id={item.id}>
      <div className="layer-item__header">
        <input
          id={checkboxId}
          type="checkbox"
          className="layer-item__checkbox"
          checked={item.visible}
          onChange={(event) => onVisibilityChange(item.id, event.currentTarget.checked)}
        />
        <label htmlFor={checkboxId} className="layer-item__title">{item.title}</label>
        <button
          type="button"
          className="layer-item__disclosure"
          aria-expanded={open}
          aria-controls={detailsId}
          title={t('panel.details')}
          onClick={() => setOpen((value) => !value)}
        >
          <span className="visually-hidden">{t('panel.details')}: {item.title}</span>
          <span aria-hidden="true" className="layer-item__chevron" />
        </button>
      </div>

      <div className="layer-item__meta">
        {item.status === 'loading' && <Spinner label={t('panel.loading')} />}
        {item.status === 'loading' && <span className="layer-item__status">{t('panel.loading')}</span>}
        {item.status === 'ready' && <span className="layer-item__count">{t('panel.featureCount', { count: item.featureCount })}</span>}
        {item.provenance === 'all' && <Badge tone="illustrative" title={t('badge.illustrativeHint')}>{t('badge.illustrative')}</Badge>}
        {item.provenance === 'some' && <Badge tone="illustrative" title={t('badge.illustrativeHint')}>{t('badge.partlyIllustrative')}</Badge>}
      </div>

      {item.status === 'error' && (
        <div className="layer-item__error" role="alert">
          <span>{t('panel.error', { message: item.errorMessage ?? '' })}</span>
          <button type="button" className="link-button" onClick={() => onRetry(item.id)}>{t('panel.retry')}</button>
        </div>
      )}
      {item.renderError && item.status !== 'error' && (
        <div className="layer-item__error" role="alert">{t('panel.renderError', { message: item.renderError })}</div>
      )}
      {item.truncated && (
        <p className="layer-item__warning">{t('panel.truncated', { returned: item.truncated.returned, matched: item.truncated.matched })}</p>
      )}

      {item.visible && <Legend entries={item.legend} />}
      {item.visible && item.legendEmptyHint && <p className="layer-item__hint">{t('legend.landUseEmpty')}</p>}
      {item.visible && controls}

      <div id={detailsId} className="layer-item__details" hidden={!open}>
        <p className="layer-item__description">{item.description}</p>
        <div className="layer-item__opacity">
          <label htmlFor={opacityId}>{t('panel.opacity')}</label>
          <input
            id={opacityId}
            type="range"
            min={0}
            max={100}
            step={5}
            value={item.opacityPercent}
            aria-valuetext={t('panel.opacityValue', { value: item.opacityPercent })}
            onChange={(event) => onOpacityChange(item.id, Number(event.currentTarget.value) / 100)}
          />
          <output htmlFor={opacityId}>{t('panel.opacityValue', { value: item.opacityPercent })}</output>
        </div>
        <ExportButton layerId={item.id} layerTitle={item.title} />
      </div>
    </li>
  );
}

function Legend({ entries }: { entries: readonly LegendEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <ul className="legend">
      {entries.map((entry) => (
        <li key={entry.key} className="legend__entry">
          <LegendSwatch swatch={entry.swatch} />
          <span className="legend__label">{entry.label}</span>
        </li>
      ))}
    </ul>
  );
}
