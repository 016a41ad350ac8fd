/** A role's name in the UI language, from the shared role table (shared/domain/roles.ts). */
import { roles } from '../../shared/domain/roles.ts';
import type { Language } from '../i18n/languages.ts';

export function roleLabel(role: string | null | undefined, language: Language): string {
  const entry = roles.find((candidate) => candidate.code === role);
  return entry ? entry[language] : (role ?? '');
}
