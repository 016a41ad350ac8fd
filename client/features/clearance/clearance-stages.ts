/** Clearance stages as the workspace shows them: names in the UI language, colours, chart rows. Pure. */
import { nextStage, parcelStages, type ParcelStage } from '../../../shared/domain/clearance-schedule.ts';
import type { ClearanceStage } from '../../../shared/domain/clearance-stage.ts';
import { localised, type Language } from '../../i18n/languages.ts';

/** From grey (not notified) through blues to green (handed over): further along, darker and greener. */
export const stageColours: Readonly<Record<ParcelStage, string>> = {
  'not-notified': '#adb5bd',
  notified: '#ffd43b',
  inventoried: '#fab005',
  'plan-posted': '#74c0fc',
  'plan-approved': '#339af0',
  'recovery-decided': '#1971c2',
  paid: '#69db7c',
  'handed-over': '#2b8a3e',
};

export function stageLabel(stage: ParcelStage, language: Language): string {
  const found = parcelStages.find((s) => s.code === stage);
  return found ? localised(found, language) : stage;
}

/** The stages a parcel may move to: only the next one (the server refuses skips and going back). */
export function stageChoices(stage: ParcelStage): ClearanceStage[] {
  const next = nextStage(stage);
  return next ? [next] : [];
}

export interface StageRow {
  stage: ParcelStage;
  parcels: number;
  hectares: number;
}

/** Bar-chart rows: parcels per stage, in the legal order, with the hectares in the value text. */
export function stageChartItems(byStage: readonly StageRow[], language: Language, valueText: (row: StageRow) => string) {
  return parcelStages
    .map(({ code }) => byStage.find((row) => row.stage === code) ?? { stage: code, parcels: 0, hectares: 0 })
    .map((row) => ({ key: row.stage, label: stageLabel(row.stage, language), value: row.parcels, valueLabel: valueText(row), colour: stageColours[row.stage] }));
}

