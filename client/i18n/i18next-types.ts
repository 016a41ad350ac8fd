/** Types i18next's `t` against the Vietnamese message keys, so a missing key fails `tsc`. */
import type { Messages } from './vi.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
