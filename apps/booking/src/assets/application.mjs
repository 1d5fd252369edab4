/* global document */
import { initAll } from './govuk-frontend.min.js';

// The template's inline script sets these classes too, but a Content-Security-Policy without
// 'unsafe-inline' blocks it; a module script only runs where GOV.UK Frontend is supported.
document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
