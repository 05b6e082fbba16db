import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Defines <cookie-consent> and <cookie-policy> before React renders them: React 19 sets
// `config` as a property only on an element that already has it (an upgraded one).
import 'portal-cookie-consent';
import { App } from './App.tsx';

/** Renders the app into `container`; returns what unmounts it. */
export function mount(container: Element): () => void {
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  return () => root.unmount();
}

const container = document.getElementById('root');
if (container) mount(container);
