import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(cleanup);

// jsdom does no layout: react-big-calendar's selection asks what lies under the pointer on every
// mouse-down in the page (a dialog's buttons too). Nothing lies anywhere, as far as jsdom knows.
if (typeof document.elementFromPoint !== 'function') {
  document.elementFromPoint = () => null;
}
