/**
 * "Tải xuống / Export" for one layer: pick a format and a CRS, get a link to
 * /api/exports/<layerId>.<format>?crs=… (planning zones: the revision shown). KML is WGS84 only:
 * the other CRSs are disabled with the reason. The server decides who may export what.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportCrsName, ExportFormat } from '../../../shared/schemas/imports.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { exportCrsLabels, exportCrsNames, exportCrsRefusal, exportFileName, exportFormatLabels, exportFormats, exportUrl } from './export-url.ts';

export function ExportButton({ layerId, layerTitle, revisionId, revisionLabel }: {
  layerId: string;
  layerTitle: string;
  revisionId?: string | undefined;
  revisionLabel?: string | undefined;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="link-button export-button" aria-label={t('imports.export.buttonFor', { layer: layerTitle })} onClick={() => setOpen(true)}>
        <span aria-hidden="true">⤓ </span>{t('imports.export.button')}
      </button>
      {open && <ExportDialog layerId={layerId} layerTitle={layerTitle} revisionId={revisionId} revisionLabel={revisionLabel} onClose={() => setOpen(false)} />}
    </>
  );
}

export function ExportDialog({ layerId, layerTitle, revisionId, revisionLabel, onClose }: {
  layerId: string;
  layerTitle: string;
  revisionId?: string | undefined;
  revisionLabel?: string | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [format, setFormat] = useState<ExportFormat>('geojson');
  const [crs, setCrs] = useState<ExportCrsName>('wgs84');
  const refusal = exportCrsRefusal(format, crs);
  const request = { layerId, format, crs, revisionId };
  return (
    <Dialog title={t('imports.export.title', { layer: layerTitle })} onClose={onClose}>
      <div className="export-dialog">
        <fieldset className="export-dialog__group">
          <legend className="field__label">{t('imports.export.format')}</legend>
          {exportFormats.map((option) => (
            <label key={option} className="export-dialog__option">
              <input type="radio" name={`${id}-format`} value={option} checked={option === format} onChange={() => setFormat(option)} />
              <span>{exportFormatLabels[option]}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="export-dialog__group" aria-describedby={format === 'kml' ? `${id}-kml` : undefined}>
          <legend className="field__label">{t('imports.export.crs')}</legend>
          {exportCrsNames.map((option) => {
            const disabled = exportCrsRefusal(format, option) !== null;
            return (
              <label key={option} className={`export-dialog__option${disabled ? ' export-dialog__option--disabled' : ''}`}>
                <input type="radio" name={`${id}-crs`} value={option} checked={!refusal ? option === crs : option === 'wgs84'} disabled={disabled} onChange={() => setCrs(option)} />
                <span>{exportCrsLabels[option]}</span>
              </label>
            );
          })}
          {format === 'kml' && <p className="field__hint" id={`${id}-kml`}>{t('imports.export.kmlWgs84Only')}</p>}
        </fieldset>
        {revisionId && layerId === 'planning-zones' && <p className="field__hint">{t('imports.export.revision', { revision: revisionLabel ?? revisionId })}</p>}
      </div>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>{t('imports.export.close')}</button>
        <a className="button button--primary export-dialog__download" href={exportUrl(request)} download={exportFileName(request)}>{t('imports.export.download')}</a>
      </div>
    </Dialog>
  );
}
