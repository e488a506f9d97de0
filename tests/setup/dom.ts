import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… and waitFor give a busy 2-core machine a few seconds, not one, before failing.
configure({ asyncUtilTimeout: 4000 });

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

// jsdom has no layout: scrolling is a no-op here (ScrollRestoration calls it on navigation).
window.scrollTo = () => undefined;
