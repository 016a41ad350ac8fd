/**
 * The meta line of a review step: when and by whom (steps people took), then the decision.
 * Steps loaded from the plan register have no actor: the day they were loaded is not the day
 * they happened, so only their decision (number and date, where the sources give them) is shown.
 */
import type { StageStepView } from '../../../shared/schemas/plans.ts';
import type { Language } from '../../i18n/languages.ts';
import { formatDate } from '../../i18n/format.ts';

export function stageStepMeta(step: Pick<StageStepView, 'at' | 'actorUsername' | 'decisionNumber' | 'decisionDate'>, language: Language): string {
  const taken = step.actorUsername ? `${formatDate(step.at.slice(0, 10), language)} · ${step.actorUsername}` : null;
  const decision = step.decisionNumber ? `${step.decisionNumber}${step.decisionDate ? ` (${formatDate(step.decisionDate, language)})` : ''}` : null;
  return [taken, decision].filter((part) => part !== null).join(' · ');
}
