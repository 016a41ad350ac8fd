/**
 * Step 2 and 3 of an import: the staged features on a map (accepted blue, refused hatched red),
 * the detected CRS with its evidence and alternatives (the user confirms or changes it; the
 * server's preview is drawn in the detected CRS, so a change applies at commit — or the file is
 * read again with it), the validation report (clicking a row zooms to the feature), the attribute
 * mapping, and commit (confirmed) or discard.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { importCrsCodes, type ImportCommitAnswer, type ImportCrsCode, type ImportIssue, type ImportPreview as ImportPreviewData } from '../../../shared/schemas/imports.ts';
import { geometryBBox, type BBox } from '../../../shared/geo/bbox.ts';
import type { Language } from '../../i18n/languages.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { PageMessage } from '../../ui/page-message.tsx';
import { Spinner } from '../../ui/spinner.tsx';
import { LegendSwatch } from '../../ui/legend-swatch.tsx';
import { SiteMap } from '../../map/site-map.tsx';
import { importPreviewBbox, importPreviewColours, importPreviewStyle } from '../../map/import-preview-style.ts';
import { useTRPC } from '../../app/trpc.ts';
import { basemapInput } from '../../app/basemap-input.ts';
import { useErrorMessage } from '../../app/use-error-message.ts';
import { messageInLanguage } from '../../app/api-error.ts';
import { crsLabel, defaultMapping, mappingForCommit, targetFieldLabel, targetFields } from './import-options.ts';
import { PlanRevisionFields, type PlanRevisionChoice } from './plan-revision-fields.tsx';

/** What the preview shares with the page around it, whichever import it shows. */
interface PreviewProps {
  language: Language;
  planChoice: PlanRevisionChoice;
  onPlanChoiceChange: (choice: PlanRevisionChoice) => void;
  onCommitted: (answer: ImportCommitAnswer) => void;
  onDiscarded: () => void;
  /** Reads the uploaded file again with another CRS (only while the file is still in the page). */
  onReread: (crs: ImportCrsCode) => void;
  canReread: boolean;
}

export function ImportPreview({ importId, ...props }: PreviewProps & { importId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const preview = useQuery(trpc.imports.preview.queryOptions({ importId }, { staleTime: Infinity }));

  if (preview.isPending) {
    return <div className="page__loading"><Spinner label={t('imports.preview.loading')} /><span>{t('imports.preview.loading')}</span></div>;
  }
  if (preview.isError) {
    return (
      <PageMessage tone="error" title={t('imports.preview.loadFailed')} actions={<button type="button" className="button" onClick={() => void preview.refetch()}>{t('errors.retry')}</button>}>
        <p>{errorMessage(preview.error)}</p>
      </PageMessage>
    );
  }
  // Keyed by import: a new upload starts from its own detected CRS and suggested mapping.
  return (
    <PreviewBody key={importId} data={preview.data} {...props} />
  );
}

function PreviewBody({ data, language, planChoice, onPlanChoiceChange, onCommitted, onDiscarded, onReread, canReread }: PreviewProps & { data: ImportPreviewData }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const config = useQuery(trpc.config.client.queryOptions());
  const plans = useQuery({ ...trpc.plans.list.queryOptions(undefined), enabled: data.target === 'plan-revision' });

  const [crs, setCrs] = useState<ImportCrsCode>(data.crs.code);
  const [swappedAxes, setSwappedAxes] = useState(data.crs.swappedAxes);
  const fields = useMemo(() => targetFields(data.target, data.suggestedMapping), [data.target, data.suggestedMapping]);
  const [mapping, setMapping] = useState(() => defaultMapping(fields, data.suggestedMapping, data.attributeNames));
  const [selectedIndex, setSelectedIndex] = useState<number | null>(null);
  const [fitTo, setFitTo] = useState<BBox | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [planError, setPlanError] = useState(false);

  const rejectedCount = data.features.filter((feature) => feature.properties.rejected).length;
  const acceptedCount = data.features.length - rejectedCount;
  const bbox = useMemo(() => importPreviewBbox(data.features.map((feature) => feature.geometry)), [data.features]);
  const mapFeatures = useMemo(() => data.features.map((feature) => ({ geometry: feature.geometry, index: feature.properties.index, rejected: feature.properties.rejected })), [data.features]);
  const style = useMemo(() => importPreviewStyle({
    basemap: basemapInput(window.location.origin, config.data?.basemap?.kind === 'style' ? undefined : config.data?.basemap, undefined),
    features: mapFeatures,
    selectedIndex,
  }), [config.data?.basemap, mapFeatures, selectedIndex]);

  const commit = useMutation(trpc.imports.commit.mutationOptions({
    onSuccess: async (answer) => {
      await queryClient.invalidateQueries(trpc.imports.pathFilter());
      // The layers and plans changed: anything cached of them is stale.
      await queryClient.invalidateQueries(trpc.layers.pathFilter());
      await queryClient.invalidateQueries(trpc.plans.pathFilter());
      onCommitted(answer);
    },
  }));
  const discard = useMutation(trpc.imports.discard.mutationOptions({
    onSuccess: async () => {
      await queryClient.invalidateQueries(trpc.imports.pathFilter());
      onDiscarded();
    },
  }));

  const zoomTo = (index: number) => {
    const feature = data.features.find((candidate) => candidate.properties.index === index);
    setSelectedIndex(index);
    if (feature?.geometry) setFitTo(geometryBBox(feature.geometry));
  };

  const needsPlan = data.target === 'plan-revision' && (planChoice.planId === '' || planChoice.revisionName.trim() === '');
  const askCommit = () => {
    if (needsPlan) {
      setPlanError(true);
      return;
    }
    setPlanError(false);
    setConfirming(true);
  };
  const runCommit = () => {
    setConfirming(false);
    commit.mutate({
      importId: data.importId,
      crs,
      swappedAxes,
      mapping: mappingForCommit(mapping),
      ...(data.target === 'plan-revision' ? { planId: planChoice.planId, revisionName: planChoice.revisionName.trim() } : {}),
    });
  };

  const alternatives = data.crs.alternatives.filter((code) => code !== data.crs.code);
  const suggested = [data.crs.code, ...alternatives];
  const crsChanged = crs !== data.crs.code;
  const staged = data.status === 'staged';
  const busy = commit.isPending || discard.isPending;
  const errors = data.errors;
  const warnings = data.warnings;
  const planName = plans.data?.find((plan) => plan.id === planChoice.planId);
  const firstAttributes = data.features[0]?.properties.attributes ?? {};

  return (
    <div className="import-preview" data-import-id={data.importId}>
      <dl className="import-preview__facts">
        <div><dt>{t('imports.preview.file')}</dt><dd className="import-preview__file">{data.fileName}</dd></div>
        <div><dt>{t('imports.preview.format')}</dt><dd>{data.format}</dd></div>
        <div><dt>{t('imports.preview.target')}</dt><dd>{t(`imports.upload.targets.${data.target}`)}</dd></div>
      </dl>
      <p className="import-preview__summary" data-accepted={acceptedCount} data-rejected={rejectedCount}>
        {t('imports.preview.summary', { accepted: acceptedCount, rejected: rejectedCount })}
      </p>
      {data.status === 'committed' && <p className="import-preview__status">{t('imports.preview.alreadyCommitted')}</p>}
      {data.status === 'discarded' && <p className="import-preview__status">{t('imports.preview.alreadyDiscarded')}</p>}

      <div className="import-preview__grid">
        <div className="import-preview__map-column">
          {bbox ? (
            <SiteMap
              style={style}
              bbox={bbox}
              focus={null}
              fitTo={fitTo}
              fitMaxZoom={18}
              ariaLabel={t('imports.preview.mapLabel')}
              zoomInLabel={t('map.zoomIn')}
              zoomOutLabel={t('map.zoomOut')}
            />
          ) : <p className="admin-section__empty">{t('imports.preview.noGeometry')}</p>}
          <ul className="legend import-preview__legend">
            <li className="legend__entry"><LegendSwatch swatch={{ kind: 'fill', fill: importPreviewColours.accepted, fillOpacity: 0.25, stroke: importPreviewColours.accepted }} /><span className="legend__label">{t('imports.preview.legendAccepted')} ({acceptedCount})</span></li>
            <li className="legend__entry"><LegendSwatch swatch={{ kind: 'fill', fill: '#ffffff', fillOpacity: 0, stroke: importPreviewColours.rejected, dashed: true, hatch: importPreviewColours.rejected }} /><span className="legend__label">{t('imports.preview.legendRejected')} ({rejectedCount})</span></li>
          </ul>
        </div>

        <section className="import-crs" aria-labelledby="import-crs-title">
          <h3 id="import-crs-title" className="import-section__title">{t('imports.crs.title')}</h3>
          <p className="import-crs__detected" data-crs={data.crs.code} data-evidence={data.crs.evidence}>
            <strong>{t('imports.crs.detected', { label: crsLabel(data.crs.code, language) })}</strong>
            <span className={`import-crs__evidence import-crs__evidence--${data.crs.evidence}`}>{t(`imports.crs.evidence.${data.crs.evidence}`)}</span>
          </p>
          <p className="import-crs__alternatives">
            {alternatives.length > 0 ? t('imports.crs.alternatives', { list: alternatives.map((code) => crsLabel(code, language)).join('; ') }) : t('imports.crs.noAlternatives')}
          </p>
          {data.crs.swappedAxes && <p className="import-crs__swapped">{t('imports.crs.swappedDetected')}</p>}
          <div className="field">
            <label className="field__label" htmlFor="import-crs-choice">{t('imports.crs.choose')}</label>
            <select id="import-crs-choice" className="input" value={crs} disabled={!staged || busy} onChange={(event) => setCrs(event.currentTarget.value as ImportCrsCode)}>
              <optgroup label={t('imports.crs.detectedGroup')}>
                {suggested.map((code) => <option key={code} value={code}>{crsLabel(code, language)}</option>)}
              </optgroup>
              <optgroup label={t('imports.crs.otherGroup')}>
                {importCrsCodes.filter((code) => !suggested.includes(code)).map((code) => <option key={code} value={code}>{crsLabel(code, language)}</option>)}
              </optgroup>
            </select>
          </div>
          <label className="import-crs__swap">
            <input type="checkbox" checked={swappedAxes} disabled={!staged || busy} onChange={(event) => setSwappedAxes(event.currentTarget.checked)} />
            <span>{t('imports.crs.swapped')}</span>
          </label>
          {(crsChanged || swappedAxes !== data.crs.swappedAxes) && (
            <div className="import-crs__changed" role="status">
              <p>{t('imports.crs.changedNote')}</p>
              {crsChanged && (canReread
                ? <button type="button" className="button button--small" onClick={() => onReread(crs)} disabled={busy}>{t('imports.crs.reupload')}</button>
                : <p className="field__hint">{t('imports.crs.reuploadUnavailable')}</p>)}
            </div>
          )}
        </section>
      </div>

      <section className="import-report" aria-labelledby="import-report-title">
        <h3 id="import-report-title" className="import-section__title">{t('imports.report.title')}</h3>
        <IssueTable kind="errors" title={t('imports.report.errors', { count: errors.length })} empty={t('imports.report.noErrors')} issues={errors} selectedIndex={selectedIndex} onZoom={zoomTo} language={language} />
        <IssueTable kind="warnings" title={t('imports.report.warnings', { count: warnings.length })} empty={t('imports.report.noWarnings')} issues={warnings} selectedIndex={selectedIndex} onZoom={zoomTo} language={language} />
      </section>

      <section className="import-mapping" aria-labelledby="import-mapping-title">
        <h3 id="import-mapping-title" className="import-section__title">{t('imports.mapping.title')}</h3>
        <p className="field__hint">{t('imports.mapping.intro')}</p>
        {data.attributeNames.length === 0 ? <p className="admin-section__empty">{t('imports.mapping.noAttributes')}</p> : (
          <div className="table-scroll">
            <table className="data-table import-mapping__table">
              <thead>
                <tr>
                  <th scope="col">{t('imports.mapping.field')}</th>
                  <th scope="col">{t('imports.mapping.attribute')}</th>
                  <th scope="col">{t('imports.mapping.example')}</th>
                </tr>
              </thead>
              <tbody>
                {fields.map((field) => {
                  const attribute = mapping[field] ?? '';
                  const example = attribute ? firstAttributes[attribute] : undefined;
                  return (
                    <tr key={field} data-field={field}>
                      <th scope="row"><label htmlFor={`import-map-${field}`}>{targetFieldLabel(data.target, field, language)}</label> <span className="data-table__mono import-mapping__key">{field}</span></th>
                      <td>
                        <select id={`import-map-${field}`} className="input input--compact" value={attribute} disabled={!staged || busy} onChange={(event) => { const value = event.currentTarget.value; setMapping((current) => ({ ...current, [field]: value })); }}>
                          <option value="">{t('imports.mapping.none')}</option>
                          {data.attributeNames.map((name) => <option key={name} value={name}>{name}</option>)}
                        </select>
                      </td>
                      <td className="import-mapping__example">{example === undefined || example === null ? '' : String(example)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {staged && (
        <section className="import-commit" aria-labelledby="import-commit-title">
          <h2 id="import-commit-title" className="admin-section__title">{t('imports.commit.title')}</h2>
          {data.target === 'plan-revision' && <PlanRevisionFields value={planChoice} onChange={onPlanChoiceChange} disabled={busy} language={language} />}
          {planError && needsPlan && <p className="field__error" role="alert">{t('imports.commit.needPlan')}</p>}
          {commit.isPending && (
            <div className="import-progress" data-phase="committing">
              <p id="import-commit-progress" className="import-progress__label" role="status">{t('imports.commit.progress')}</p>
              <progress className="import-progress__bar" aria-labelledby="import-commit-progress" />
            </div>
          )}
          {commit.isError && <p className="import-error" role="alert">{t('imports.commit.failed', { message: errorMessage(commit.error) })}</p>}
          {discard.isError && <p className="import-error" role="alert">{t('imports.commit.discardFailed', { message: errorMessage(discard.error) })}</p>}
          {acceptedCount === 0 && <p className="field__hint">{t('imports.commit.nothing')}</p>}
          <div className="import-form__actions">
            <button type="button" className="button button--primary" disabled={busy || acceptedCount === 0} onClick={askCommit}>{t('imports.commit.submit', { count: acceptedCount })}</button>
            <button type="button" className="button button--danger-outline" disabled={busy} onClick={() => discard.mutate({ importId: data.importId })}>
              {discard.isPending ? t('imports.commit.discarding') : t('imports.commit.discard')}
            </button>
          </div>
        </section>
      )}

      {confirming && (
        <Dialog title={t('imports.commit.confirmTitle')} onClose={() => setConfirming(false)} describedBy="import-confirm-body">
          <div id="import-confirm-body">
            <p>{t('imports.commit.confirmBody', { count: acceptedCount, target: t(`imports.upload.targets.${data.target}`), crs: crsLabel(crs, language) })}</p>
            {data.target === 'plan-revision' && (
              <p>{t('imports.commit.confirmRevision', { name: planChoice.revisionName.trim(), plan: planName ? (language === 'vi' ? planName.name : planName.nameEn) : planChoice.planId })}</p>
            )}
          </div>
          <div className="dialog__actions">
            <button type="button" className="button" onClick={() => setConfirming(false)}>{t('imports.commit.cancel')}</button>
            <button type="button" className="button button--primary" onClick={runCommit}>{t('imports.commit.confirm')}</button>
          </div>
        </Dialog>
      )}
    </div>
  );
}

/** Rows drawn per report table: a file with thousands of repaired rings must not freeze the page. */
const issueRowsShown = 200;

function IssueTable({ kind, title, empty, issues, selectedIndex, onZoom, language }: {
  kind: 'errors' | 'warnings';
  language: Language;
  title: string;
  empty: string;
  issues: readonly ImportIssue[];
  selectedIndex: number | null;
  onZoom: (index: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className={`import-issues import-issues--${kind}`}>
      <h4 className="import-issues__title">{title}</h4>
      {issues.length === 0 ? <p className="import-issues__empty">{empty}</p> : (
        <div className="table-scroll">
          <table className="data-table import-issues__table">
            <thead>
              <tr>
                <th scope="col">{t('imports.report.index')}</th>
                <th scope="col">{t('imports.report.where')}</th>
                <th scope="col">{t('imports.report.code')}</th>
                <th scope="col">{t('imports.report.message')}</th>
              </tr>
            </thead>
            <tbody>
              {issues.slice(0, issueRowsShown).map((issue, position) => {
                const index = issue.feature;
                return (
                  <tr
                    key={`${position}-${issue.code}`}
                    className={`import-issues__row${index !== undefined ? ' import-issues__row--feature' : ''}${index !== undefined && index === selectedIndex ? ' import-issues__row--selected' : ''}`}
                    data-feature={index}
                    onClick={index === undefined ? undefined : () => onZoom(index)}
                  >
                    <td>
                      {index === undefined ? '—' : (
                        <button type="button" className="link-button" aria-label={t('imports.report.zoomTo', { index: index + 1 })} onClick={(event) => { event.stopPropagation(); onZoom(index); }}>
                          {index + 1}
                        </button>
                      )}
                    </td>
                    <td>{issue.where ?? (index === undefined ? t('imports.report.wholeFile') : '')}</td>
                    <td className="data-table__mono">{issue.code}</td>
                    <td>{messageInLanguage(issue.message, language)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {issues.length > issueRowsShown && <p className="field__hint">{t('imports.report.more', { shown: issueRowsShown, count: issues.length - issueRowsShown })}</p>}
        </div>
      )}
    </div>
  );
}
