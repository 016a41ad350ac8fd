/**
 * The review workflow of a revision (planners and admin): its stage history, and a form to move it
 * one step on as shared/domain/plans.ts allows. The server checks every step (approval needs the
 * decision number and date, an approved revision is immutable) and its refusals show under the
 * field they name.
 */
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { stageTransitions, type RevisionStage } from '../../../shared/domain/plans.ts';
import type { PlanRevision } from '../../../shared/schemas/plans.ts';
import { useTRPC } from '../../app/trpc.ts';
import type { Language } from '../../i18n/languages.ts';
import { PanelState } from './balance-panel.tsx';
import { planFieldError, type FieldError } from './field-error.ts';
import { stageLabel } from './revision-picker.tsx';
import { stageStepMeta } from './stage-step-meta.ts';

export function ReviewPanel({ revision, language }: { revision: PlanRevision; language: Language }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const history = useQuery(trpc.plans.history.queryOptions({ revisionId: revision.id }));
  const nextStages = stageTransitions[revision.stage];
  const [toStage, setToStage] = useState<RevisionStage | ''>(nextStages[0] ?? '');
  const [decisionNumber, setDecisionNumber] = useState('');
  const [decisionDate, setDecisionDate] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<FieldError | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const advance = useMutation(trpc.plans.advanceStage.mutationOptions({
    onSuccess: async (result) => {
      setDone(t('plans.review.moved', { stage: stageLabel(result.revision.stage, language) }));
      setDecisionNumber('');
      setDecisionDate('');
      setNote('');
      // The register, tiles (an approval changes the plan in force) and balances follow.
      await queryClient.invalidateQueries(trpc.plans.pathFilter());
      await queryClient.invalidateQueries({ queryKey: ['tilejson'] });
    },
    onError: (failure) => setError(planFieldError(failure, language, {
      decisionNumber: t('plans.review.decisionNumberFormat'),
      decisionDate: t('plans.review.decisionDateFormat'),
    }, t('errors.server'))),
  }));

  const approving = toStage === 'approved';
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setDone(undefined);
    if (!toStage) return;
    advance.mutate({
      revisionId: revision.id,
      toStage,
      ...(approving && decisionNumber.trim() ? { decisionNumber: decisionNumber.trim() } : {}),
      ...(approving && decisionDate ? { decisionDate } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
  };
  const fieldError = (field: string) => (error?.field === field ? error.message : undefined);
  const formError = error && !['decisionNumber', 'decisionDate', 'note', 'toStage'].includes(error.field ?? '') ? error.message : undefined;

  return (
    <section className="review" aria-labelledby="review-title">
      <h2 id="review-title" className="plans-panel__title">{t('plans.review.title')}</h2>
      <p className="review__current">{t('plans.review.current')} <strong data-stage={revision.stage}>{stageLabel(revision.stage, language)}</strong></p>

      {nextStages.length === 0 ? (
        <p className="plans-panel__empty">{t(revision.stage === 'superseded' ? 'plans.review.superseded' : 'plans.review.final')}</p>
      ) : (
        <form className="review__form" onSubmit={onSubmit} noValidate>
          {formError && <p className="form-error" role="alert">{formError}</p>}
          <fieldset className="review__stages">
            <legend className="field__label">{t('plans.review.toStage')}</legend>
            {nextStages.map((stage) => (
              <label key={stage} className="review__stage">
                <input type="radio" name="toStage" value={stage} checked={toStage === stage} onChange={() => setToStage(stage)} />
                {stageLabel(stage, language)}
              </label>
            ))}
            {fieldError('toStage') && <p className="field__error" role="alert">{fieldError('toStage')}</p>}
          </fieldset>
          {approving && (
            <div className="review__decision">
              <div className={`field${fieldError('decisionNumber') ? ' field--invalid' : ''}`}>
                <label className="field__label" htmlFor="review-decision-number">{t('plans.review.decisionNumber')} <span className="field__required" aria-hidden="true">*</span></label>
                <input id="review-decision-number" name="decisionNumber" className="input" value={decisionNumber} onChange={(event) => setDecisionNumber(event.target.value)} placeholder="123/QĐ-UBND" aria-invalid={fieldError('decisionNumber') ? true : undefined} aria-describedby="review-decision-number-hint review-decision-number-error" />
                <p className="field__hint" id="review-decision-number-hint">{t('plans.review.decisionNumberHint')}</p>
                {fieldError('decisionNumber') && <p className="field__error" id="review-decision-number-error" role="alert">{fieldError('decisionNumber')}</p>}
              </div>
              <div className={`field${fieldError('decisionDate') ? ' field--invalid' : ''}`}>
                <label className="field__label" htmlFor="review-decision-date">{t('plans.review.decisionDate')} <span className="field__required" aria-hidden="true">*</span></label>
                <input id="review-decision-date" name="decisionDate" type="date" className="input" value={decisionDate} onChange={(event) => setDecisionDate(event.target.value)} aria-invalid={fieldError('decisionDate') ? true : undefined} aria-describedby="review-decision-date-error" />
                {fieldError('decisionDate') && <p className="field__error" id="review-decision-date-error" role="alert">{fieldError('decisionDate')}</p>}
              </div>
            </div>
          )}
          <div className="field">
            <label className="field__label" htmlFor="review-note">{t('plans.review.note')}</label>
            <textarea id="review-note" name="note" className="input" rows={2} maxLength={1000} value={note} onChange={(event) => setNote(event.target.value)} />
          </div>
          <button type="submit" className="button button--primary" disabled={advance.isPending || !toStage}>
            {advance.isPending ? t('panel.loading') : t('plans.review.submit', { stage: toStage ? stageLabel(toStage, language) : '' })}
          </button>
          {done && <p className="form-success" role="status">{done}</p>}
        </form>
      )}

      <h3 className="review__history-title">{t('plans.review.history')}</h3>
      {history.data ? (
        history.data.length === 0 ? <p className="plans-panel__empty">{t('plans.none')}</p> : (
          <ol className="review__history">
            {[...history.data].reverse().map((step, index) => (
              <li key={`${step.at}-${index}`} className="review__step">
                <span className="review__step-stage">{stageLabel(step.stage, language)}</span>
                <span className="review__step-meta">{stageStepMeta(step, language)}</span>
                {step.note && <span className="review__step-note">{step.note}</span>}
              </li>
            ))}
          </ol>
        )
      ) : (
        <PanelState pending={history.isPending} error={history.error} onRetry={() => void history.refetch()} />
      )}
    </section>
  );
}
