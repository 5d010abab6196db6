import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { I18nProvider } from '../shared/i18n.tsx';
import '../shared/styles.css';
import { App } from './App.tsx';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <BrowserRouter basename="/console">
        <App />
      </BrowserRouter>
    </I18nProvider>
  </StrictMode>,
);
