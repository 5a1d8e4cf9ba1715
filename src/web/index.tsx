/** The web checker's page (dist/index.html): see WebChecker.tsx. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useNoNavigationOnDrop, WebChecker } from './WebChecker';

function Page() {
  useNoNavigationOnDrop();
  return <WebChecker />;
}

const root = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
createRoot(root).render(
  <StrictMode>
    <Page />
  </StrictMode>,
);
