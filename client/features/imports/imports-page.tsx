/**
 * The import page (/nhap-du-lieu): upload a file into a target the role may use, review the
 * preview (map, CRS, validation report, attribute mapping), commit or discard, and see recent
 * imports. Anonymous visitors are sent to sign in and brought back. The server decides every call.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportCommitAnswer, ImportCrsCode, ImportTarget } from '../../../shared/schemas/imports.ts';
import type { Language } from '../../i18n/languages.ts';
import { PageMessage } from '../../ui/page-message.tsx';
import { Spinner } from '../../ui/spinner.tsx';
import { useNavigation } from '../../app/navigation.ts';
import { currentLocationPath, loginPath } from '../../app/routes.ts';
import { useCurrentUser } from '../../app/use-auth.ts';
import { useTRPC } from '../../app/trpc.ts';
import { messageInLanguage } from '../../app/api-error.ts';
import { useErrorMessage } from '../../app/use-error-message.ts';
import { committedLink, importTargetsForRole } from './import-options.ts';
import { UploadForm } from './upload-form.tsx';
import { ImportPreview } from './import-preview.tsx';
import { RecentImports } from './recent-imports.tsx';
import { uploadImport, UploadFailure } from './upload-import.ts';
import type { PlanRevisionChoice } from './plan-revision-fields.tsx';

type Step =
  | { kind: 'upload' }
  /** `file`: kept while the page is open, to read it again with another CRS. */
  | { kind: 'preview'; importId: string; file: File | null }
  | { kind: 'rereading' }
  | { kind: 'committed'; answer: ImportCommitAnswer };

export function ImportsPage({ language }: { language: Language }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const errorMessage = useErrorMessage();
  const { navigate, mapHref, onLinkClick } = useNavigation();
  const anonymous = me.isSuccess && !me.data;

  useEffect(() => {
    if (anonymous) navigate(loginPath(currentLocationPath(window.location)), { replace: true });
  }, [anonymous, navigate]);

  if (me.isPending || anonymous) {
    const label = anonymous ? t('imports.redirecting') : t('imports.sessionLoading');
    return <div className="page__narrow page__loading"><Spinner label={label} /><span>{label}</span></div>;
  }
  if (me.isError) {
    return (
      <div className="page__narrow">
        <PageMessage level={1} tone="error" title={errorMessage(me.error)} actions={<button type="button" className="button" onClick={() => void me.refetch()}>{t('errors.retry')}</button>} />
      </div>
    );
  }
  const targets = importTargetsForRole(me.data?.role);
  if (targets.length === 0) {
    return (
      <div className="page__narrow">
        <PageMessage level={1} title={t('imports.noTargetsTitle')} actions={<a className="button" href={mapHref} onClick={onLinkClick}>{t('auth.backToMap')}</a>}>
          <p>{t('imports.noTargetsBody')}</p>
        </PageMessage>
      </div>
    );
  }
  return <ImportWorkspace targets={targets} language={language} />;
}

function ImportWorkspace({ targets, language }: { targets: readonly ImportTarget[]; language: Language }) {
  const { t } = useTranslation();
  const { onLinkClick } = useNavigation();
  const [target, setTarget] = useState<ImportTarget>(targets[0] ?? 'clearance-boundaries');
  const [planChoice, setPlanChoice] = useState<PlanRevisionChoice>({ planId: '', revisionName: '' });
  const [step, setStep] = useState<Step>({ kind: 'upload' });
  const [rereadError, setRereadError] = useState<string | null>(null);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const discard = useMutation(trpc.imports.discard.mutationOptions({ onSettled: () => queryClient.invalidateQueries(trpc.imports.list.queryFilter()) }));

  const reread = async (file: File, crs: ImportCrsCode, previousTarget: ImportTarget, previousImportId: string) => {
    setStep({ kind: 'rereading' });
    setRereadError(null);
    try {
      const answer = await uploadImport({ file, target: previousTarget, crs }, () => undefined);
      // The first reading is superseded: drop it rather than leave it staged.
      discard.mutate({ importId: previousImportId });
      void queryClient.invalidateQueries(trpc.imports.list.queryFilter());
      setStep({ kind: 'preview', importId: answer.importId, file });
    } catch (error) {
      setRereadError(error instanceof UploadFailure && error.failure.message ? messageInLanguage(error.failure.message, language) : t('imports.upload.errors.invalid'));
      setStep({ kind: 'upload' });
    }
  };

  return (
    <div className="admin-page admin-page--wide imports-page">
      <header className="admin-page__header">
        <h1 className="admin-page__title">{t('imports.title')}</h1>
        <p className="admin-page__intro">{t('imports.intro')}</p>
      </header>

      {step.kind === 'upload' && (
        <section className="admin-section import-step" aria-labelledby="import-upload-title">
          <h2 id="import-upload-title" className="admin-section__title">{t('imports.upload.title')}</h2>
          {rereadError && <p className="import-error" role="alert">{rereadError}</p>}
          <UploadForm
            targets={targets}
            target={target}
            onTargetChange={setTarget}
            planChoice={planChoice}
            onPlanChoiceChange={setPlanChoice}
            language={language}
            onUploaded={(answer, file) => {
              setStep({ kind: 'preview', importId: answer.importId, file });
              void queryClient.invalidateQueries(trpc.imports.list.queryFilter());
            }}
          />
        </section>
      )}

      {step.kind === 'rereading' && (
        <section className="admin-section import-step">
          <div className="import-progress" data-phase="reading">
            <p id="import-reread-label" className="import-progress__label" role="status">{t('imports.upload.reading')}</p>
            <progress className="import-progress__bar" aria-labelledby="import-reread-label" />
          </div>
        </section>
      )}

      {step.kind === 'preview' && (
        <section className="admin-section import-step" aria-labelledby="import-preview-title">
          <div className="import-step__header">
            <h2 id="import-preview-title" className="admin-section__title">{t('imports.preview.title')}</h2>
            <button type="button" className="button button--small" onClick={() => setStep({ kind: 'upload' })}>{t('imports.preview.back')}</button>
          </div>
          <ImportPreview
            importId={step.importId}
            language={language}
            planChoice={planChoice}
            onPlanChoiceChange={setPlanChoice}
            onCommitted={(answer) => setStep({ kind: 'committed', answer })}
            onDiscarded={() => setStep({ kind: 'upload' })}
            canReread={step.file !== null}
            onReread={(crs) => { if (step.file) void reread(step.file, crs, target, step.importId); }}
          />
        </section>
      )}

      {step.kind === 'committed' && (
        <section className="admin-section import-step import-done" aria-labelledby="import-done-title" data-target={step.answer.target}>
          <h2 id="import-done-title" className="admin-section__title">{t('imports.commit.doneTitle')}</h2>
          <p role="status">{t('imports.commit.done', { committed: step.answer.committedCount, skipped: step.answer.skippedCount })}</p>
          <div className="import-form__actions">
            <a className="button button--primary import-done__link" href={committedLink(step.answer)} onClick={onLinkClick}>{t(`imports.commit.open.${step.answer.target}`)}</a>
            <button type="button" className="button" onClick={() => { setPlanChoice({ planId: '', revisionName: '' }); setStep({ kind: 'upload' }); }}>{t('imports.commit.another')}</button>
          </div>
        </section>
      )}

      <RecentImports language={language} openImportId={step.kind === 'preview' ? step.importId : null} onOpen={(importId) => setStep({ kind: 'preview', importId, file: null })} />
    </div>
  );
}
