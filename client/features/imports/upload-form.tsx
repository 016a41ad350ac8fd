/**
 * Step 1 of an import: the target (only those the role may use), the plan and the new revision's
 * name for a plan adjustment, an optional CRS override, and the file — from a drop zone or a
 * native file input (keyboard and screen readers use the input). Sends it with a real progress
 * bar, then an indeterminate "reading" state until the server answers; shows its refusal.
 */
import { useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { importCrsCodes, type ImportCrsCode, type ImportTarget, type ImportUploadAnswer } from '../../../shared/schemas/imports.ts';
import type { Language } from '../../i18n/languages.ts';
import { messageInLanguage } from '../../app/api-error.ts';
import { acceptedExtensions, crsLabel, hasAcceptedExtension, type UploadError } from './import-options.ts';
import { uploadImport, UploadFailure, type UploadProgress } from './upload-import.ts';
import { PlanRevisionFields, type PlanRevisionChoice } from './plan-revision-fields.tsx';

export function formatBytes(bytes: number, language: Language): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

export function UploadForm({ targets, target, onTargetChange, planChoice, onPlanChoiceChange, language, onUploaded }: {
  targets: readonly ImportTarget[];
  target: ImportTarget;
  onTargetChange: (target: ImportTarget) => void;
  planChoice: PlanRevisionChoice;
  onPlanChoiceChange: (choice: PlanRevisionChoice) => void;
  language: Language;
  /** The door's answer, with the file and the CRS asked for (to read the file again with another CRS). */
  onUploaded: (answer: ImportUploadAnswer, file: File) => void;
}) {
  const { t } = useTranslation();
  const baseId = useId();
  const fileInputId = `${baseId}-file`;
  const crsId = `${baseId}-crs`;
  const [crs, setCrs] = useState<ImportCrsCode | ''>('');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [failure, setFailure] = useState<UploadError | null>(null);
  const abortRef = useRef<AbortController | null>(null);
  const busy = progress !== null;

  const pick = (picked: File | undefined) => {
    setFailure(null);
    if (!picked) return;
    if (!hasAcceptedExtension(picked.name)) {
      setFile(null);
      setFileError(t('imports.upload.badExtension', { name: picked.name }));
      return;
    }
    setFileError(null);
    setFile(picked);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (!busy) pick(event.dataTransfer.files[0]);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setFileError(t('imports.upload.noFile'));
      return;
    }
    const controller = new AbortController();
    abortRef.current = controller;
    setFailure(null);
    setProgress({ phase: 'sending', loaded: 0, total: file.size });
    try {
      const answer = await uploadImport({ file, target, crs: crs || undefined }, setProgress, controller.signal);
      onUploaded(answer, file);
    } catch (error) {
      setFailure(error instanceof UploadFailure ? error.failure : { status: 0, code: 'network', message: '' });
    } finally {
      abortRef.current = null;
      setProgress(null);
    }
  };

  const failureText = failure
    ? (failure.message ? messageInLanguage(failure.message, language) : t(`imports.upload.errors.${failure.code}` as 'imports.upload.errors.invalid', { defaultValue: t('imports.upload.errors.invalid') }))
    : null;

  return (
    <form className="import-form" onSubmit={(event) => void submit(event)} aria-busy={busy} noValidate>
      <fieldset className="import-form__targets" disabled={busy}>
        <legend className="field__label">{t('imports.upload.target')}</legend>
        {targets.map((option) => (
          <label key={option} className="import-form__target">
            <input type="radio" name="import-target" value={option} checked={option === target} onChange={() => onTargetChange(option)} />
            <span>{t(`imports.upload.targets.${option}`)}</span>
          </label>
        ))}
        <p className="field__hint">{t('imports.upload.targetHint')}</p>
      </fieldset>

      {target === 'plan-revision' && <PlanRevisionFields value={planChoice} onChange={onPlanChoiceChange} disabled={busy} language={language} />}

      <div className="field">
        <label className="field__label" htmlFor={crsId}>{t('imports.upload.crs')}</label>
        <select id={crsId} className="input" value={crs} disabled={busy} aria-describedby={`${crsId}-hint`} onChange={(event) => setCrs(event.currentTarget.value as ImportCrsCode | '')}>
          <option value="">{t('imports.upload.crsAuto')}</option>
          {importCrsCodes.map((code) => <option key={code} value={code}>{crsLabel(code, language)}</option>)}
        </select>
        <p className="field__hint" id={`${crsId}-hint`}>{t('imports.upload.crsHint')}</p>
      </div>

      <div className={`field${fileError ? ' field--invalid' : ''}`}>
        <span className="field__label" id={`${fileInputId}-label`}>{t('imports.upload.file')}</span>
        <div
          className={`import-drop${dragging ? ' import-drop--over' : ''}${file ? ' import-drop--chosen' : ''}`}
          onDragOver={(event) => { event.preventDefault(); if (!busy) setDragging(true); }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <span aria-hidden="true" className="import-drop__icon">⇪</span>
          <span>{t('imports.upload.dropZone')}</span>
          {/* The native input stays focusable (visually hidden); its label is the visible button. */}
          <label htmlFor={fileInputId} className="button import-drop__choose" aria-hidden="true">{t('imports.upload.choose')}</label>
          <input
            id={fileInputId}
            className="import-drop__input visually-hidden"
            type="file"
            name="file"
            accept={acceptedExtensions.join(',')}
            disabled={busy}
            aria-labelledby={`${fileInputId}-label`}
            aria-describedby={`${fileInputId}-hint${fileError ? ` ${fileInputId}-error` : ''}`}
            aria-invalid={fileError ? true : undefined}
            onChange={(event) => pick(event.currentTarget.files?.[0])}
          />
          <p className="import-drop__chosen" aria-live="polite">
            {file ? t('imports.upload.chosen', { name: file.name, size: formatBytes(file.size, language) }) : t('imports.upload.noFile')}
          </p>
        </div>
        <p className="field__hint" id={`${fileInputId}-hint`}>{t('imports.upload.accepted', { extensions: acceptedExtensions.join(' ') })}</p>
        {fileError && <p className="field__error" id={`${fileInputId}-error`}>{fileError}</p>}
      </div>

      {progress && <UploadProgressBar progress={progress} language={language} />}

      {failure && failureText && (
        <div className="import-error" role="alert">
          <p className="import-error__title">{t('imports.upload.failedTitle')}</p>
          <p className="import-error__message">{failureText}</p>
          <p className="import-error__code">{t('imports.upload.errorCode', { code: failure.code })}{failure.field ? ` · ${failure.field}` : ''}</p>
        </div>
      )}

      <div className="import-form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>{t('imports.upload.submit')}</button>
        {busy && <button type="button" className="button" onClick={() => abortRef.current?.abort()}>{t('imports.upload.cancel')}</button>}
      </div>
    </form>
  );
}

function UploadProgressBar({ progress, language }: { progress: UploadProgress; language: Language }) {
  const { t } = useTranslation();
  const labelId = useId();
  if (progress.phase === 'reading') {
    return (
      <div className="import-progress" data-phase="reading">
        <p id={labelId} className="import-progress__label" role="status">{t('imports.upload.reading')}</p>
        {/* No value: an indeterminate bar, the server gives no progress while parsing. */}
        <progress className="import-progress__bar" aria-labelledby={labelId} />
      </div>
    );
  }
  const percent = progress.total > 0 ? Math.min(100, Math.round((progress.loaded / progress.total) * 100)) : 0;
  return (
    <div className="import-progress" data-phase="sending">
      <p id={labelId} className="import-progress__label" role="status">
        {t('imports.upload.sending', { percent })}
        <span className="import-progress__bytes"> {t('imports.upload.sendingBytes', { loaded: formatBytes(progress.loaded, language), total: formatBytes(progress.total, language) })}</span>
      </p>
      <progress className="import-progress__bar" aria-labelledby={labelId} max={100} value={percent} />
    </div>
  );
}
