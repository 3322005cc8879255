// What a reader of tests/fixtures/pages/basic-article.html should see marked, shared by the
// Chromium and Firefox runners: each glossary term once, exactly as printed on the page.
export const BASIC_ARTICLE_PATH = '/basic-article.html';
export const BASIC_ARTICLE_TERMS = Object.freeze([
  'hypomagnesemia',
  'tetany',
  "Chvostek's sign",
  'myoclonus',
  'hypokalemia',
]);
/** On the page, but not a glossary term: must never be marked (nor any part of it). */
export const BASIC_ARTICLE_LOOK_ALIKE = 'tetanus';
export const STRICT_CSP = "default-src 'none'";
