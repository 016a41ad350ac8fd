/** The commune field of account forms: shown for commune accounts, with the list's load states. */
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/field.tsx';
import { Spinner } from '../../ui/spinner.tsx';
import { CommuneSelect } from './role-select.tsx';
import { useCommuneOptions } from './use-commune-options.ts';

export function CommuneField({ value, onChange, error }: { value: string; onChange: (code: string) => void; error: string | undefined }) {
  const { t } = useTranslation();
  const communes = useCommuneOptions();
  return (
    <Field label={t('users.commune')} error={error ?? (communes.isError ? t('users.communesFailed') : undefined)} required>
      {(control) => communes.data ? (
        <CommuneSelect control={control} value={value} onChange={onChange} options={communes.data} />
      ) : (
        <span className="field__loading" id={control.id}>
          {communes.isPending && <><Spinner label={t('users.communesLoading')} /> {t('users.communesLoading')}</>}
          {communes.isError && <button type="button" className="link-button" onClick={() => void communes.refetch()}>{t('errors.retry')}</button>}
        </span>
      )}
    </Field>
  );
}
