/** Entry point: reads the link and the stored language, then renders the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { createI18n } from './i18n/i18n.ts';
import { htmlLang } from './i18n/languages.ts';
import { parseUrlHash } from './state/url-hash.ts';
import { initialUiState } from './state/ui-state.ts';
import { storedLanguage } from './app/use-url-state.ts';
import './styles.css';

const initialState = initialUiState(parseUrlHash(window.location.hash), storedLanguage());
const i18n = createI18n(initialState.language);
document.documentElement.lang = htmlLang[initialState.language];

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App i18n={i18n} initialState={initialState} />
  </StrictMode>,
);
