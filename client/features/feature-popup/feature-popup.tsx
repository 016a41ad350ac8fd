/**
 * What the popup of a clicked feature says: its layer, its name, an "illustrative data" badge when
 * the feature is illustrative, its properties with the registry's labels and humanised values,
 * and where the data comes from.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localised, type Language, type LocalisedText } from '../../i18n/languages.ts';
import { Badge } from '../../ui/badge.tsx';
import { featureTitle, formatPropertyValue, isIllustrative, propertyRows, type PopupLayer } from './format-value.ts';

export interface FeaturePopupProps {
  layer: PopupLayer & { title: LocalisedText };
  properties: Record<string, unknown>;
  language: Language;
  references?: ReadonlyMap<string, string>;
  onClose: () => void;
}

export function FeaturePopup({ layer, properties, language, references, onClose }: FeaturePopupProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const context = references ? { language, references } : { language };
  const rows = propertyRows(layer, properties, context);
  const source = formatPropertyValue(layer.id, 'source', properties['source'], context);
  const illustrative = isIllustrative(properties);
  const notAgreed = properties['locationStatus'] === 'not-agreed';
  const overdue = properties['overdue'] === true || properties['overdue'] === 'true';

  return (
    <article className="feature-popup" role="dialog" aria-labelledby={titleId} data-layer-id={layer.id}>
      <header className="feature-popup__header">
        <p className="feature-popup__layer">{localised(layer.title, language)}</p>
        <h2 id={titleId} className="feature-popup__title">{featureTitle(layer, properties, language) ?? t('popup.noName')}</h2>
        <button type="button" className="feature-popup__close" onClick={onClose} aria-label={t('popup.close')} title={t('popup.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="feature-popup__body" tabIndex={0}>
        {(illustrative || notAgreed || overdue) && (
          <div className="feature-popup__badges">
            {illustrative && <Badge tone="illustrative" title={t('popup.illustrativeNote')}>{t('badge.illustrative')}</Badge>}
            {notAgreed && <Badge tone="warning">{t('enums.locationStatus.not-agreed')}</Badge>}
            {overdue && <Badge tone="warning">{t('mapFilter.overdueBadge')}</Badge>}
          </div>
        )}
        {rows.length > 0 && (
          <dl className="feature-popup__properties">
            {rows.map((row) => (
              <div key={row.key} className="feature-popup__row">
                <dt>{row.label}</dt>
                <dd>{row.value}</dd>
              </div>
            ))}
          </dl>
        )}
        {source && (
          <footer className="feature-popup__source">
            <span className="feature-popup__source-label">{t('popup.source')}</span>
            <span className="feature-popup__source-value">{source}</span>
          </footer>
        )}
      </div>
    </article>
  );
}
