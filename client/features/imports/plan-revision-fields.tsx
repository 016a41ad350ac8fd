/** The plan (from plans.list) and the new revision's name, for imports into a plan adjustment. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import type { Language } from '../../i18n/languages.ts';
import { useTRPC } from '../../app/trpc.ts';
import { useErrorMessage } from '../../app/use-error-message.ts';

export interface PlanRevisionChoice {
  planId: string;
  revisionName: string;
}

export function PlanRevisionFields({ value, onChange, disabled = false, language }: {
  value: PlanRevisionChoice;
  onChange: (value: PlanRevisionChoice) => void;
  disabled?: boolean;
  language: Language;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const plans = useQuery(trpc.plans.list.queryOptions(undefined));
  const id = useId();
  return (
    <div className="import-form__plan">
      <div className="field">
        <label className="field__label" htmlFor={`${id}-plan`}>{t('imports.upload.plan')}<span className="field__required" aria-hidden="true"> *</span></label>
        <select
          id={`${id}-plan`}
          className="input"
          value={value.planId}
          required
          disabled={disabled || !plans.isSuccess}
          onChange={(event) => onChange({ ...value, planId: event.currentTarget.value })}
        >
          <option value="">{plans.isPending ? t('imports.upload.plansLoading') : t('imports.upload.planPlaceholder')}</option>
          {plans.data?.map((plan) => <option key={plan.id} value={plan.id}>{language === 'vi' ? plan.name : plan.nameEn}</option>)}
        </select>
        {plans.isError && <p className="field__error" role="alert">{t('imports.upload.plansFailed', { message: errorMessage(plans.error) })}</p>}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-name`}>{t('imports.upload.revisionName')}<span className="field__required" aria-hidden="true"> *</span></label>
        <input
          id={`${id}-name`}
          className="input"
          type="text"
          maxLength={200}
          required
          disabled={disabled}
          value={value.revisionName}
          aria-describedby={`${id}-name-hint`}
          onChange={(event) => onChange({ ...value, revisionName: event.currentTarget.value })}
        />
        <p className="field__hint" id={`${id}-name-hint`}>{t('imports.upload.revisionNameHint')}</p>
      </div>
    </div>
  );
}
