// First: starts the data worker before the rest of the entry evaluates (./start-data-worker.ts).
import './start-data-worker.ts';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyTheme, loadReadingSettings } from '../lib/reading-settings.ts';
import { createQueryClient } from '../lib/query-client.ts';
import { App } from './app.tsx';
import { registerServiceWorker } from './pwa/register-service-worker.ts';
import { nextTask } from './next-task.ts';
import { createAppRouter } from './router.tsx';
import './styles.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

applyTheme(loadReadingSettings().theme);
const queryClient = createQueryClient();
const root = createRoot(container);

// The router is made, and its first navigation started, in a task after the entry's evaluation
// (./next-task.ts); the route's loader and its chunk's request each wait for one more.
void nextTask().then(() => {
  const router = createAppRouter(queryClient);
  // A transition: React renders the first screen in slices of a few milliseconds, yielding to the
  // browser between them, instead of in one long task (Lighthouse's Total Blocking Time, issue #5).
  startTransition(() => {
    root.render(
      <StrictMode>
        <App queryClient={queryClient} router={router} />
      </StrictMode>,
    );
  });
});

registerServiceWorker();
