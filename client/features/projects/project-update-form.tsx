/**
 * Officers' and admins' update of a project: stored status, progress, actual milestones and the
 * required note. Checked with the procedure's zod schema before sending; the server's refusal
 * lands on its field. Others never see it (the server refuses them anyway).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { projectStatuses } from '../../../shared/domain/project-status.ts';
import type { Language } from '../../i18n/languages.ts';
import { Field } from '../../ui/field.tsx';
import { useTRPC } from '../../app/trpc.ts';
import { apiErrorInfo } from '../../app/api-error.ts';
import { useErrorMessage } from '../../app/use-error-message.ts';
import { initialUpdateForm, updateInput, type ProjectForForm, type UpdateField, type UpdateForm } from './update-form-rules.ts';

export function ProjectUpdateForm({ id, project, language }: { id: string; project: ProjectForForm; language: Language }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const [form, setForm] = useState<UpdateForm>(() => initialUpdateForm(project));
  const [errors, setErrors] = useState<Partial<Record<UpdateField, string>>>({});
  const [saved, setSaved] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const mutation = useMutation(trpc.projects.update.mutationOptions());

  const set = (field: UpdateField, value: string) => {
    setForm((current) => ({ ...current, [field]: value }));
    setSaved(false);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setServerError(null);
    setSaved(false);
    const result = updateInput(id, project, form);
    if (!result.ok) {
      setErrors(Object.fromEntries(Object.entries(result.errors).map(([field, kind]) => [field, t(kind === 'required' ? 'projects.update.noteRequired' : `projects.update.invalid.${field as UpdateField}`)])));
      return;
    }
    setErrors({});
    try {
      const updated = await mutation.mutateAsync(result.input);
      await queryClient.invalidateQueries(trpc.projects.pathFilter());
      setForm(initialUpdateForm(updated));
      setSaved(true);
    } catch (error) {
      const info = apiErrorInfo(error);
      const message = errorMessage(error);
      if (info.field && info.field in form) setErrors({ [info.field]: message });
      else setServerError(message);
    }
  };

  const dateField = (field: 'actualStartDate' | 'actualEndDate' | 'finalAccountsDate') => (
    <Field label={t(`projects.${field}`)} error={errors[field]}>
      {(control) => <input {...control} className="input" type="date" name={field} value={form[field]} onChange={(event) => set(field, event.target.value)} />}
    </Field>
  );

  return (
    <form className="admin-section admin-form project-update" onSubmit={(event) => void onSubmit(event)} aria-labelledby="project-update-title" noValidate>
      <h2 id="project-update-title" className="admin-section__title">{t('projects.update.title')}</h2>
      <p className="admin-page__intro">{t('projects.update.intro')}</p>
      <div className="project-update__grid">
        <Field label={t('projects.update.storedStatus')} hint={t('projects.update.storedStatusHint')} error={errors.status}>
          {(control) => (
            <select {...control} className="input" name="status" value={form.status} onChange={(event) => set('status', event.target.value)}>
              {projectStatuses.map((status) => <option key={status.code} value={status.code}>{status[language]}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('projects.progress')} hint={t('projects.update.progressHint')} error={errors.progressPercent}>
          {(control) => <input {...control} className="input" inputMode="decimal" name="progressPercent" value={form.progressPercent} onChange={(event) => set('progressPercent', event.target.value)} />}
        </Field>
        {dateField('actualStartDate')}
        {dateField('actualEndDate')}
        {dateField('finalAccountsDate')}
      </div>
      <Field label={t('projects.update.note')} hint={t('projects.update.noteHint')} error={errors.note} required>
        {(control) => <textarea {...control} className="input" name="note" rows={3} value={form.note} onChange={(event) => set('note', event.target.value)} />}
      </Field>
      {serverError && <p className="field__error" role="alert">{serverError}</p>}
      {saved && <p className="form-success" role="status">{t('projects.update.saved')}</p>}
      <div className="admin-form__actions">
        <button type="submit" className="button button--primary" disabled={mutation.isPending}>{t('projects.update.submit')}</button>
      </div>
    </form>
  );
}
