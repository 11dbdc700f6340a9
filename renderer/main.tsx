import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initApi } from './api/client';
import { App } from './App';
import { initI18n, systemLanguage } from './i18n';
import './styles.css';

initApi();
initI18n(systemLanguage());

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
