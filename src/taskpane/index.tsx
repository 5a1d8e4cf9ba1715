/** The real Office entry: render the pane once Office.js is ready. */
import { createRoot } from 'react-dom/client';
import { createOfficeAdapter } from '../excel';
import { App } from './App';
import { S } from './strings';

function mount() {
  const el = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
  createRoot(el).render(<App adapter={createOfficeAdapter()} />);
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady(() => mount());
} else {
  const el = document.getElementById('root') ?? document.body;
  el.textContent = S.noOffice;
}
