/**
 * Term-dense pages for the bench: the case the product exists for, a health text where dozens
 * or hundreds of terms appear (the other bench pages have 0-5 highlights).
 *
 *  - dense-corpus-texts.html, made at bench time from every health text of the shared corpus
 *    (../shared/corpus/texts/<set>/*.txt, about 450 KB of NIH answers, PubMed abstracts and
 *    textbook sections). Without the corpus it is made from the glossary's own text (every
 *    entry's summary, details and when-to-get-care lines), written by the team.
 *  - dense-health-article.html (tests/fixtures/bench-pages), one real-length article with a
 *    site's header, navigation and footer, from the glossary's own text (`npx tsx
 *    tests/bench/dense-pages.ts` writes it again; see SOURCES.md there).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readGlossaryFiles } from '../../modules/glossary';
import type { TermEntry } from '../../utils/glossary/schema';
import { FIXTURE_DIR, OUT_DIR, ROOT, SHARED_DIR, type BenchPage } from './config';

export const CORPUS_TEXTS_DIR = path.join(SHARED_DIR, 'corpus/texts');
export const DENSE_CORPUS_PAGE = 'dense-corpus-texts.html';
export const DENSE_ARTICLE_PAGE = 'dense-health-article.html';
/** The dense pages' names start with this (BENCH_PAGES=dense picks both). */
export const DENSE_PREFIX = 'dense-';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const page = (title: string, body: string) =>
  `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${escape(title)}</title>\n` +
  `<style>body{font:16px/1.5 Georgia,serif;max-width:46rem;margin:0 auto;padding:1rem}` +
  `nav a{margin-right:.6rem}aside{border-left:3px solid #c33;padding-left:.8rem}</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;

function glossaryEntries(): TermEntry[] {
  return readGlossaryFiles(ROOT)
    .map((f) => f.data as TermEntry)
    .filter((e) => e && typeof e.id === 'string')
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Every .txt under the corpus texts folder, in a stable order: one <article> each. */
function corpusTextsBody(dir: string): string {
  const files: string[] = [];
  for (const set of readdirSync(dir).sort()) {
    const sub = path.join(dir, set);
    if (!statSync(sub).isDirectory()) continue;
    for (const name of readdirSync(sub).sort()) if (name.endsWith('.txt')) files.push(path.join(sub, name));
  }
  const articles = files.map((file) => {
    const [first = '', ...rest] = readFileSync(file, 'utf8').split('\n');
    const paragraphs = rest
      .join('\n')
      .split(/\n\s*\n|\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    return `<article><h2>${escape(first.trim())}</h2>\n${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}\n</article>`;
  });
  return `<h1>Health texts</h1>\n<main>\n${articles.join('\n')}\n</main>`;
}

/** The glossary's own text, every entry: the stand-in when the corpus is absent. */
function glossaryTextsBody(entries: readonly TermEntry[]): string {
  const articles = entries.map(
    (e) =>
      `<article><h2>${escape(e.title)}</h2>\n<p>${escape(e.summary)}</p>\n` +
      e.details.map((d) => `<p>${escape(d)}</p>`).join('\n') +
      (e.seekCare ? `\n<p>${escape(e.seekCare.soon)}</p>` : '') +
      '\n</article>',
  );
  return `<h1>Health texts</h1>\n<main>\n${articles.join('\n')}\n</main>`;
}

/** Sections of the article, in reading order: what the minerals are, then what goes wrong. */
const ARTICLE_ORDER = ['nutrient', 'body-process', 'condition', 'sign', 'symptom', 'test', 'treatment', 'medication'];
/** Sections in the article: a long read, not the whole glossary. */
const ARTICLE_SECTIONS = 72;

export function healthArticleHtml(entries: readonly TermEntry[]): string {
  const picked = ARTICLE_ORDER.flatMap((category) => entries.filter((e) => e.category === category)).slice(
    0,
    ARTICLE_SECTIONS,
  );
  const nav = picked
    .slice(0, 24)
    .map((e) => `<a href="#${e.id}">${escape(e.title)}</a>`)
    .join('\n');
  const sections = picked.map((e) => {
    const care = e.seekCare
      ? `<aside><p><strong>When to get care.</strong> ${escape(e.seekCare.soon)}</p>${
          e.seekCare.emergency ? `<p><strong>Emergency.</strong> ${escape(e.seekCare.emergency)}</p>` : ''
        }</aside>`
      : '';
    const [lead, ...rest] = e.details;
    return (
      `<section id="${e.id}"><h2>${escape(e.title)}</h2>\n<p>${escape(e.summary)}</p>\n` +
      (lead ? `<p>${escape(lead)}</p>\n` : '') +
      (rest.length ? `<ul>\n${rest.map((d) => `<li>${escape(d)}</li>`).join('\n')}\n</ul>\n` : '') +
      `${care}</section>`
    );
  });
  const body =
    `<header><p>Health Notes test site</p>\n<nav aria-label="Topics">\n${nav}\n</nav></header>\n` +
    `<main><article>\n<h1>Magnesium, calcium and potassium: a guide to muscle symptoms and the tests behind them</h1>\n` +
    `<p><em>Written for the Health Notes benchmark from the extension's own glossary text.</em></p>\n` +
    `${sections.join('\n')}\n</article></main>\n` +
    `<footer><p>This page is a test fixture. It is not medical advice.</p></footer>`;
  return page('Magnesium, calcium and potassium: a guide', body);
}

/**
 * The dense pages of this run: the corpus page is written to bench-output/dense-pages (from the
 * corpus, or the glossary's text without it), the article is the committed fixture.
 */
export function densePages(): BenchPage[] {
  const dir = path.join(OUT_DIR, 'dense-pages');
  mkdirSync(dir, { recursive: true });
  const fromCorpus = existsSync(CORPUS_TEXTS_DIR);
  const body = fromCorpus ? corpusTextsBody(CORPUS_TEXTS_DIR) : glossaryTextsBody(glossaryEntries());
  const file = path.join(dir, DENSE_CORPUS_PAGE);
  writeFileSync(file, page(fromCorpus ? 'Corpus health texts' : 'Glossary health texts', body));
  return [{ name: DENSE_CORPUS_PAGE, file, bytes: statSync(file).size, origin: 'dense' }];
}

export const densePageSource = () =>
  existsSync(CORPUS_TEXTS_DIR) ? 'the shared corpus health texts' : "the glossary's own text (no shared corpus)";

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const file = path.join(FIXTURE_DIR, DENSE_ARTICLE_PAGE);
  writeFileSync(file, healthArticleHtml(glossaryEntries()));
  process.stderr.write(`wrote ${path.relative(ROOT, file)}\n`);
}
