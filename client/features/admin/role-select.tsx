/** The role and commune selects of the account forms (create and edit). */
import { useTranslation } from 'react-i18next';
import { roles, type Role } from '../../../shared/domain/roles.ts';
import { isLanguage } from '../../i18n/languages.ts';
import type { FieldControlProps } from '../../ui/field.tsx';
import type { CommuneOption } from './use-commune-options.ts';

export function RoleSelect({ control, value, onChange, allowEmpty }: {
  control: FieldControlProps;
  value: Role | '';
  onChange: (role: Role | '') => void;
  allowEmpty?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'vi';
  return (
    <select {...control} name="role" className="input" value={value} onChange={(event) => onChange(event.target.value as Role | '')}>
      {allowEmpty && <option value="">{t('users.chooseRole')}</option>}
      {roles.map((role) => <option key={role.code} value={role.code}>{role[language]}</option>)}
    </select>
  );
}

export function CommuneSelect({ control, value, onChange, options }: {
  control: FieldControlProps;
  value: string;
  onChange: (code: string) => void;
  options: readonly CommuneOption[];
}) {
  const { t } = useTranslation();
  return (
    <select {...control} name="communeCode" className="input" value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{t('users.chooseCommune')}</option>
      {options.map((option) => <option key={option.code} value={option.code}>{option.name} ({option.code})</option>)}
    </select>
  );
}
