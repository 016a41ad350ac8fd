/**
 * Updating one parcel of a boundary: move it to the next stage (with the day it was reached), set
 * or clear the complaint, and say why (kept in the parcel's history) → clearance.updateParcel.
 * Everything under `clearance` is refetched afterwards, so the dashboard and the table follow.
 * Households (head, members, address) are edited here when the server gave them (the commune's
 * own officer, the admin); the whole list is sent only when it changed, as the server replaces it.
 * A refusal (another commune's parcel, a date out of order) is shown as the server words it.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ParcelStage } from '../../../shared/domain/clearance-schedule.ts';
import { vietnamDate } from '../../../shared/domain/project-timing.ts';
import { isLanguage, type Language } from '../../i18n/languages.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { Field } from '../../ui/field.tsx';
import { useTRPC, type RouterOutputs } from '../../app/trpc.ts';
import { apiErrorInfo } from '../../app/api-error.ts';
import { useErrorMessage } from '../../app/use-error-message.ts';
import { stageChoices, stageLabel } from './clearance-stages.ts';
import {
  householdDrafts,
  householdErrorPlace,
  householdProblems,
  householdsChanged,
  householdsPayload,
  type HouseholdDraft,
  type HouseholdField,
  type HouseholdProblems,
} from './clearance-summary.ts';

type Household = NonNullable<RouterOutputs['clearance']['parcels']['items'][number]['households']>[number];

export interface ParcelToUpdate {
  boundaryId: string;
  parcelId: string;
  label: string;
  /** null when the caller may not see it (another commune's parcel): the server decides. */
  stage: ParcelStage | null;
  complaint: boolean | null;
  complaintNote: string | null;
  /** null when the server did not give them to this caller: then they are not edited here. */
  households: Household[] | null;
}

type FormField = 'stageDate' | 'note' | 'complaintNote';

export function ParcelUpdateDialog({ parcel, onClose }: { parcel: ParcelToUpdate; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'vi';
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const mutation = useMutation(trpc.clearance.updateParcel.mutationOptions());
  const next = parcel.stage ? stageChoices(parcel.stage)[0] : undefined;
  const [advance, setAdvance] = useState(next !== undefined);
  const [stageDate, setStageDate] = useState(() => vietnamDate(new Date()));
  const [complaint, setComplaint] = useState(parcel.complaint ?? false);
  const [complaintNote, setComplaintNote] = useState(parcel.complaintNote ?? '');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Partial<Record<FormField, string>>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [originalHouseholds] = useState(() => householdDrafts(parcel.households ?? []));
  const [households, setHouseholds] = useState<HouseholdDraft[]>(originalHouseholds);
  const [householdErrors, setHouseholdErrors] = useState<HouseholdProblems>({});
  const [householdServerErrors, setHouseholdServerErrors] = useState<Record<number, string>>({});
  const [newKey, setNewKey] = useState(0);
  const editHouseholds = parcel.households !== null;
  const setHousehold = (index: number, change: Partial<HouseholdDraft>) => setHouseholds((list) => list.map((h, i) => (i === index ? { ...h, ...change } : h)));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setServerError(null);
    const problems: Partial<Record<FormField, string>> = {};
    if (note.trim() === '') problems.note = t('clearance.updateForm.noteRequired');
    if (advance && next && !/^\d{4}-\d{2}-\d{2}$/.test(stageDate)) problems.stageDate = t('clearance.updateForm.dateRequired');
    const rowProblems = editHouseholds ? householdProblems(households) : {};
    setErrors(problems);
    setHouseholdErrors(rowProblems);
    setHouseholdServerErrors({});
    if (Object.keys(problems).length > 0 || Object.keys(rowProblems).length > 0) return;
    const sendHouseholds = editHouseholds && householdsChanged(originalHouseholds, households);
    try {
      await mutation.mutateAsync({
        boundaryId: parcel.boundaryId,
        parcelId: parcel.parcelId,
        ...(advance && next ? { stage: next, stageDate } : {}),
        ...(parcel.complaint === null || complaint !== parcel.complaint ? { complaint } : {}),
        ...(complaint ? { complaintNote: complaintNote.trim() || null } : {}),
        ...(sendHouseholds ? { households: householdsPayload(households) } : {}),
        note: note.trim(),
      });
      await queryClient.invalidateQueries(trpc.clearance.pathFilter());
      setSaved(true);
    } catch (error) {
      const info = apiErrorInfo(error);
      const message = errorMessage(error);
      const householdPlace = householdErrorPlace(info.field);
      if (info.field === 'stageDate' || info.field === 'note' || info.field === 'complaintNote') setErrors({ [info.field]: message });
      else if (householdPlace && householdPlace.index < households.length) {
        setHouseholdServerErrors({ [householdPlace.index]: message });
        setServerError(message);
      } else setServerError(message);
    }
  };

  return (
    <Dialog title={t('clearance.updateForm.title', { parcel: parcel.label })} onClose={onClose}>
      {saved ? (
        <>
          <p className="form-success" role="status">{t('clearance.updateForm.saved')}</p>
          <div className="dialog__actions"><button type="button" className="button button--primary" onClick={onClose}>{t('clearance.updateForm.close')}</button></div>
        </>
      ) : (
        <form className="form clearance-update" onSubmit={(event) => void onSubmit(event)} noValidate>
          <p className="clearance-update__stage">
            {t('clearance.updateForm.current')}: <strong>{parcel.stage ? stageLabel(parcel.stage, language) : t('clearance.check.stageHidden')}</strong>
          </p>
          {next && (
            <>
              <label className="checkbox-field">
                <input type="checkbox" name="advance" checked={advance} onChange={(event) => setAdvance(event.target.checked)} />
                {t('clearance.updateForm.advanceTo', { stage: stageLabel(next, language) })}
              </label>
              {advance && (
                <Field label={t('clearance.updateForm.stageDate')} error={errors.stageDate} required>
                  {(control) => <input {...control} className="input" type="date" name="stageDate" value={stageDate} onChange={(event) => setStageDate(event.target.value)} />}
                </Field>
              )}
            </>
          )}
          {parcel.stage === 'handed-over' && <p className="admin-section__note">{t('clearance.updateForm.lastStage')}</p>}
          <label className="checkbox-field">
            <input type="checkbox" name="complaint" checked={complaint} onChange={(event) => setComplaint(event.target.checked)} />
            {t('clearance.updateForm.complaint')}
          </label>
          {complaint && (
            <Field label={t('clearance.updateForm.complaintNote')} error={errors.complaintNote}>
              {(control) => <textarea {...control} className="input" name="complaintNote" rows={2} value={complaintNote} onChange={(event) => setComplaintNote(event.target.value)} />}
            </Field>
          )}
          {editHouseholds && (
            <fieldset className="clearance-households" data-households>
              <legend>{t('clearance.householdForm.title', { count: households.length })}</legend>
              {households.length === 0 && <p className="admin-section__empty">{t('clearance.householdForm.none')}</p>}
              {households.map((household, index) => {
                const rowErrors = householdErrors[index] ?? {};
                const problem = (field: HouseholdField) => (rowErrors[field] ? t(`clearance.householdForm.problem.${rowErrors[field]}`) : undefined);
                const position = index + 1;
                return (
                  <div key={household.key} className="clearance-households__row" role="group" aria-label={t('clearance.householdForm.row', { position })} data-household={household.id ?? 'new'}>
                    <Field label={t('clearance.householdForm.headName')} error={problem('headName')} required>
                      {(control) => <input {...control} className="input" name={`households.${index}.headName`} value={household.headName} onChange={(event) => setHousehold(index, { headName: event.target.value })} />}
                    </Field>
                    <Field label={t('clearance.householdForm.members')} error={problem('members')} required>
                      {(control) => <input {...control} className="input" type="number" inputMode="numeric" min={1} max={50} name={`households.${index}.members`} value={household.members} onChange={(event) => setHousehold(index, { members: event.target.value })} />}
                    </Field>
                    <Field label={t('clearance.householdForm.address')} error={problem('address')}>
                      {(control) => <input {...control} className="input" name={`households.${index}.address`} value={household.address} onChange={(event) => setHousehold(index, { address: event.target.value })} />}
                    </Field>
                    {householdServerErrors[index] && <p className="field__error">{householdServerErrors[index]}</p>}
                    <button type="button" className="button button--small" onClick={() => setHouseholds((list) => list.filter((_, i) => i !== index))}>
                      {t('clearance.householdForm.remove')}<span className="visually-hidden">: {household.headName || t('clearance.householdForm.row', { position })}</span>
                    </button>
                  </div>
                );
              })}
              <button
                type="button"
                className="button button--small"
                disabled={households.length >= 30}
                onClick={() => { setHouseholds((list) => [...list, { key: `new-${newKey}`, headName: '', members: '1', address: '', note: '' }]); setNewKey((key) => key + 1); }}
              >
                {t('clearance.householdForm.add')}
              </button>
              {householdsChanged(originalHouseholds, households) && <p className="admin-section__note">{t('clearance.householdForm.changedHint')}</p>}
            </fieldset>
          )}
          <Field label={t('clearance.updateForm.note')} hint={t('clearance.updateForm.noteHint')} error={errors.note} required>
            {(control) => <textarea {...control} className="input" name="note" rows={2} value={note} onChange={(event) => setNote(event.target.value)} />}
          </Field>
          {serverError && <p className="form-error" role="alert" data-error="update">{serverError}</p>}
          <div className="dialog__actions">
            <button type="button" className="button" onClick={onClose}>{t('clearance.updateForm.cancel')}</button>
            <button type="submit" className="button button--primary" disabled={mutation.isPending}>{mutation.isPending ? t('clearance.updateForm.saving') : t('clearance.updateForm.save')}</button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
