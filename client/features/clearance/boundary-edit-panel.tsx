/**
 * Editing a clearance boundary's outline: the map turns into a terra-draw editor (drag a vertex,
 * drag a midpoint to add one, right-click a vertex to delete it); saving sends the polygon with a
 * note to clearance.updateBoundaryGeometry. The server's refusal (outside the commune beyond
 * 0.5 m, an invalid ring) is shown in its own words; on success the areas and parcel counts are.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Polygon } from 'geojson';
import { isLanguage, type Language } from '../../i18n/languages.ts';
import { Field } from '../../ui/field.tsx';
import { useTRPC, type RouterOutputs } from '../../app/trpc.ts';
import { useErrorMessage } from '../../app/use-error-message.ts';
import { formatNumber } from '../feature-popup/format-value.ts';

type Change = RouterOutputs['clearance']['updateBoundaryGeometry'];

export function BoundaryEditPanel({ boundaryId, active, polygon, onDone }: {
  boundaryId: string;
  /** Whether the map is in edit mode (after a save the panel stays to show what changed). */
  active: boolean;
  /** The edited polygon, as the editor last reported it (null: not changed yet). */
  polygon: Polygon | null;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'vi';
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const mutation = useMutation(trpc.clearance.updateBoundaryGeometry.mutationOptions());
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | undefined>();
  const [serverError, setServerError] = useState<string | null>(null);
  const [saved, setSaved] = useState<Change | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setServerError(null);
    if (!polygon) {
      setServerError(t('clearance.edit.unchanged'));
      return;
    }
    if (note.trim() === '') {
      setNoteError(t('clearance.updateForm.noteRequired'));
      return;
    }
    setNoteError(undefined);
    try {
      const change: Change = await mutation.mutateAsync({
        boundaryId,
        geometry: polygon as unknown as Parameters<typeof mutation.mutateAsync>[0]['geometry'],
        note: note.trim(),
      });
      onDone();
      await queryClient.invalidateQueries(trpc.clearance.pathFilter());
      setSaved(change);
    } catch (error) {
      setServerError(errorMessage(error));
    }
  };

  if (saved) {
    return (
      <p className="form-success" role="status" data-edit="saved">
        {t('clearance.edit.saved', {
          before: formatNumber(saved.areaBeforeHa, language),
          after: formatNumber(saved.areaAfterHa, language),
          added: saved.added.length,
          removed: saved.removed.length,
          parcels: saved.parcels,
        })}
      </p>
    );
  }
  if (!active) return null;
  return (
    <form className="admin-section clearance-edit" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="clearance-edit-title">
      <h3 id="clearance-edit-title" className="admin-section__title">{t('clearance.edit.title')}</h3>
      <p className="admin-section__note">{t('clearance.edit.howTo')}</p>
      <Field label={t('clearance.updateForm.note')} hint={t('clearance.updateForm.noteHint')} error={noteError} required>
        {(control) => <textarea {...control} className="input" name="geometryNote" rows={2} value={note} onChange={(event) => setNote(event.target.value)} />}
      </Field>
      {serverError && <p className="form-error" role="alert" data-error="geometry">{serverError}</p>}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onDone}>{t('clearance.updateForm.cancel')}</button>
        <button type="submit" className="button button--primary" disabled={mutation.isPending}>{mutation.isPending ? t('clearance.updateForm.saving') : t('clearance.edit.save')}</button>
      </div>
    </form>
  );
}
