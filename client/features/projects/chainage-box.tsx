/**
 * "Find by chainage": a road and a chainage as officers write it (`Km1+500`, `Km1+500,5`) → the
 * point on the road (chainage.locate), handed to the map to fly to. The text is checked with the
 * server's parser first, so a typo is answered at once.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Language } from '../../i18n/languages.ts';
import { Field } from '../../ui/field.tsx';
import { useTRPC } from '../../app/trpc.ts';
import { useErrorMessage } from '../../app/use-error-message.ts';
import { readChainageText } from './project-chainage.ts';

export interface LocatedPoint {
  point: [number, number];
  formatted: string;
}

export function ChainageBox({ defaultRoadId, language, onLocated }: { defaultRoadId: string | undefined; language: Language; onLocated: (located: LocatedPoint) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const roads = useQuery(trpc.chainage.roads.queryOptions());
  const [roadId, setRoadId] = useState(defaultRoadId ?? '');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [found, setFound] = useState<LocatedPoint | null>(null);
  const [busy, setBusy] = useState(false);
  const road = roadId || roads.data?.[0]?.id || '';

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFound(null);
    const read = readChainageText(text);
    if (!read.ok) {
      setError(t(read.reason === 'empty' ? 'projects.chainage.empty' : 'projects.chainage.format'));
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      const located = await queryClient.fetchQuery(trpc.chainage.locate.queryOptions({ roadId: road, chainage: text.trim() }));
      const point: [number, number] = [located.point[0] ?? 0, located.point[1] ?? 0];
      const result = { point, formatted: located.formatted };
      setFound(result);
      onLocated(result);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="chainage-box" onSubmit={(event) => void onSubmit(event)} aria-labelledby="chainage-box-title" noValidate>
      <h3 id="chainage-box-title" className="projects-subtitle">{t('projects.chainage.findTitle')}</h3>
      <div className="chainage-box__fields">
        <Field label={t('projects.chainage.road')}>
          {(control) => (
            <select {...control} className="input" value={road} onChange={(event) => setRoadId(event.target.value)} disabled={!roads.data}>
              {roads.data?.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>{language === 'vi' ? candidate.name : candidate.nameEn} (≤ {candidate.lengthFormatted})</option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('projects.chainage.chainage')} hint={t('projects.chainage.hint')} error={error}>
          {(control) => <input {...control} className="input" name="chainage" value={text} placeholder="Km1+500" onChange={(event) => setText(event.target.value)} />}
        </Field>
        <button type="submit" className="button button--primary" disabled={busy || !road}>{t('projects.chainage.find')}</button>
      </div>
      {roads.isError && <p className="field__error">{errorMessage(roads.error)}</p>}
      {found && (
        <p className="chainage-box__result" role="status">
          {t('projects.chainage.found', { chainage: found.formatted, lat: found.point[1].toFixed(5), lon: found.point[0].toFixed(5) })}
        </p>
      )}
    </form>
  );
}
