/**
 * An officer's monthly progress report for one project: the month, progress, issues, proposals.
 * Reports are due before the 25th; the form says whether one sent today is on time, and the
 * server's answer says whether it was. A second report of the same month replaces the first.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { REPORT_TEXT_MAX_LENGTH } from '../../../shared/schemas/reports.ts';
import type { Language } from '../../i18n/languages.ts';
import { Field } from '../../ui/field.tsx';
import { useTRPC } from '../../app/trpc.ts';
import { apiErrorInfo } from '../../app/api-error.ts';
import { useNavigation } from '../../app/navigation.ts';
import { routePaths } from '../../app/routes.ts';
import { useErrorMessage } from '../../app/use-error-message.ts';
import { formatDate } from '../feature-popup/format-value.ts';
import { vietnamToday } from '../projects/projects-search.ts';
import { currentPeriod, onTimeOn, reportDueDate, reportInput, type ReportForm as ReportFormState, type ReportFormField } from './report-period.ts';

export function ReportForm({ projectId, progressPercent, language }: { projectId: string; progressPercent: number | null; language: Language }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const { onLinkClick } = useNavigation();
  const [today] = useState(() => vietnamToday(new Date()));
  const [form, setForm] = useState<ReportFormState>(() => ({
    period: currentPeriod(new Date()),
    progressPercent: progressPercent === null ? '' : String(progressPercent),
    issues: '',
    proposals: '',
  }));
  const [errors, setErrors] = useState<Partial<Record<ReportFormField, string>>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [sent, setSent] = useState<{ period: string; onTime: boolean } | null>(null);
  const mutation = useMutation(trpc.reports.submit.mutationOptions());

  const set = (field: ReportFormField, value: string) => {
    setForm((current) => ({ ...current, [field]: value }));
    setSent(null);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setServerError(null);
    setSent(null);
    const result = reportInput(projectId, form);
    if (!result.ok) {
      setErrors(Object.fromEntries(Object.entries(result.errors).map(([field, kind]) => [field, t(kind === 'required' ? 'reports.form.required' : `reports.form.invalid.${field as ReportFormField}`)])));
      return;
    }
    setErrors({});
    try {
      const report = await mutation.mutateAsync(result.input);
      await queryClient.invalidateQueries(trpc.reports.pathFilter());
      setSent({ period: report.period, onTime: report.onTime });
      setForm((current) => ({ ...current, issues: '', proposals: '' }));
    } catch (error) {
      const info = apiErrorInfo(error);
      const message = errorMessage(error);
      if (info.field && info.field in form) setErrors({ [info.field]: message });
      else setServerError(message);
    }
  };

  const validPeriod = /^\d{4}-\d{2}$/.test(form.period);
  const dueHint = validPeriod
    ? t(onTimeOn(form.period, today) ? 'reports.form.dueOnTime' : 'reports.form.dueLate', { date: formatDate(reportDueDate(form.period), language) })
    : undefined;

  return (
    <form className="admin-section admin-form report-form" onSubmit={(event) => void onSubmit(event)} aria-labelledby="report-form-title" noValidate>
      <h2 id="report-form-title" className="admin-section__title">{t('reports.form.title')}</h2>
      <p className="admin-page__intro">{t('reports.form.intro')}</p>
      <div className="project-update__grid">
        <Field label={t('reports.period')} hint={dueHint} error={errors.period} required>
          {(control) => <input {...control} className="input" type="month" name="period" value={form.period} max={currentPeriod(new Date())} onChange={(event) => set('period', event.target.value)} />}
        </Field>
        <Field label={t('projects.progress')} error={errors.progressPercent} required>
          {(control) => <input {...control} className="input" inputMode="decimal" name="reportProgress" value={form.progressPercent} onChange={(event) => set('progressPercent', event.target.value)} />}
        </Field>
      </div>
      <Field label={t('reports.issues')} error={errors.issues}>
        {(control) => <textarea {...control} className="input" name="issues" rows={3} maxLength={REPORT_TEXT_MAX_LENGTH} value={form.issues} onChange={(event) => set('issues', event.target.value)} />}
      </Field>
      <Field label={t('reports.proposals')} error={errors.proposals}>
        {(control) => <textarea {...control} className="input" name="proposals" rows={3} maxLength={REPORT_TEXT_MAX_LENGTH} value={form.proposals} onChange={(event) => set('proposals', event.target.value)} />}
      </Field>
      {serverError && <p className="field__error" role="alert">{serverError}</p>}
      {sent && (
        <p className="form-success" role="status">
          {t(sent.onTime ? 'reports.form.sentOnTime' : 'reports.form.sentLate')}{' '}
          <a href={`${routePaths.reports}?ky=${sent.period}`} onClick={onLinkClick}>{t('reports.form.seeSummary')}</a>
        </p>
      )}
      <div className="admin-form__actions">
        <button type="submit" className="button button--primary" disabled={mutation.isPending}>{t('reports.form.submit')}</button>
      </div>
    </form>
  );
}
