/**
 * The revision picker: every plan with the revisions the caller may see (the public: approved
 * ones only), grouped by plan; below it the chosen revision's stage, decision, horizons and
 * whether its zones are illustrative. A draft has no decision: "chưa có quyết định", never a number.
 */
import { useTranslation } from 'react-i18next';
import { planLevels, revisionKinds, revisionStages } from '../../../shared/domain/plans.ts';
import type { PlanRevision, PlanSummary } from '../../../shared/schemas/plans.ts';
import type { Language } from '../../i18n/languages.ts';
import { Badge } from '../../ui/badge.tsx';
import { formatDate } from '../feature-popup/format-value.ts';

export function stageLabel(stage: string, language: Language): string {
  return revisionStages.find((entry) => entry.code === stage)?.[language] ?? stage;
}

export function revisionName(revision: Pick<PlanRevision, 'name' | 'nameEn'>, language: Language): string {
  return language === 'vi' ? revision.name : revision.nameEn;
}

/** "1009/QĐ-TTg ngày 10/07/2018", "1009/QĐ-TTg of Jul 10, 2018", "1009/QĐ-TTg，2018年7月10日". */
const decisionJoiner: Record<Language, string> = { vi: ' ngày ', en: ' of ', zh: '，' };
const illustrativeWord: Record<Language, string> = { vi: 'minh họa', en: 'illustrative', zh: '示意' };

export function decisionText(revision: Pick<PlanRevision, 'decisionNumber' | 'decisionDate'>, language: Language, none: string): string {
  if (!revision.decisionNumber && !revision.decisionDate) return none;
  const date = revision.decisionDate ? formatDate(revision.decisionDate, language) : '';
  return [revision.decisionNumber, date].filter(Boolean).join(decisionJoiner[language]);
}

export function RevisionSelect({ id, label, plans, value, onChange, language, emptyLabel, exclude }: {
  id: string;
  label: string;
  plans: readonly PlanSummary[];
  value: string;
  onChange: (revisionId: string) => void;
  language: Language;
  /** An option meaning "none" (compare with nothing); absent: a revision must be chosen. */
  emptyLabel?: string;
  exclude?: string;
}) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>{label}</label>
      <select id={id} className="input" value={value} onChange={(event) => onChange(event.target.value)}>
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {plans.filter((plan) => plan.revisions.length > 0).map((plan) => (
          <optgroup key={plan.id} label={language === 'vi' ? plan.name : plan.nameEn}>
            {plan.revisions.filter((revision) => revision.id !== exclude).map((revision) => (
              <option key={revision.id} value={revision.id}>
                {`${revisionName(revision, language)} — ${stageLabel(revision.stage, language)}${revision.illustrative ? ` (${illustrativeWord[language]})` : ''}`}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

export function RevisionCard({ plan, revision, language, inForce }: {
  plan: PlanSummary;
  revision: PlanRevision;
  language: Language;
  /** Shown when the revision was resolved from a day (the plan in force), not picked. */
  inForce: string | undefined;
}) {
  const { t } = useTranslation();
  const level = planLevels.find((entry) => entry.code === plan.level)?.[language];
  const kind = revisionKinds.find((entry) => entry.code === revision.kind)?.[language];
  const approved = ['approved', 'published', 'superseded'].includes(revision.stage);
  return (
    <div className="revision-card" data-revision={revision.id} data-stage={revision.stage}>
      <div className="revision-card__badges">
        <span className={`stage-badge stage-badge--${approved ? 'approved' : 'pending'}`}>{stageLabel(revision.stage, language)}</span>
        {revision.illustrative && <Badge tone="illustrative" title={t('badge.illustrativeHint')}>{t('badge.illustrative')}</Badge>}
        {inForce && <span className="revision-card__in-force">{inForce}</span>}
      </div>
      <dl className="revision-card__facts">
        <dt>{t('plans.plan')}</dt>
        <dd>{language === 'vi' ? plan.name : plan.nameEn}{level ? ` · ${level}` : ''}{plan.scale ? ` ${plan.scale}` : ''}</dd>
        <dt>{t('plans.kind')}</dt>
        <dd>{kind}</dd>
        <dt>{t('plans.decision')}</dt>
        <dd className={revision.decisionNumber ? '' : 'revision-card__none'}>{decisionText(revision, language, approved ? t('plans.decisionUnknown') : t('plans.noDecision'))}</dd>
        {revision.taskDecisionNumber && (
          <>
            <dt>{t('plans.taskDecision')}</dt>
            <dd>{decisionText({ decisionNumber: revision.taskDecisionNumber, decisionDate: revision.taskDecisionDate }, language, '')}</dd>
          </>
        )}
        <dt>{t('plans.horizons')}</dt>
        <dd>{revision.horizonYears.length > 0 ? revision.horizonYears.join(', ') : t('plans.none')}</dd>
      </dl>
      {revision.zoneCount === 0 && <p className="revision-card__note">{t('plans.noZones')}</p>}
    </div>
  );
}
