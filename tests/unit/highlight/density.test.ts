// @vitest-environment happy-dom
/**
 * How often a term is drawn (ADR 22): once per section by default, every occurrence or once
 * per page on request; the counts behind the popup and the badge keep every occurrence.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { RUN_LENGTH, Sections } from '../../../utils/scan/sections';
import {
  drawnTexts,
  installHighlightApi,
  settled,
  startHighlighter,
  uninstallHighlightApi,
} from '../support/page-scanner';

const ARTICLE = `
  <h1>Overview</h1>
  <p>Hypocalcemia can cause tetany. Tetany is a sign doctors look for.</p>
  <p>More about tetany and hypocalcemia.</p>
  <h2>Causes</h2>
  <p>Hypocalcemia often follows surgery on the neck.</p>
  <section><p>Tetany may come back.</p></section>
  <h2>Treatment</h2>
  <p>Tetany is treated with calcium.</p>`;

describe('density', () => {
  beforeEach(installHighlightApi);
  afterEach(() => {
    uninstallHighlightApi();
    document.body.innerHTML = '';
  });

  const count = (texts: string[], word: string) => texts.filter((t) => t.toLowerCase() === word).length;

  test('by default a term is drawn once in each section, and every occurrence is counted', async () => {
    document.body.innerHTML = ARTICLE;
    const highlighter = startHighlighter({ density: 'section' });
    expect(await settled(highlighter, 10_000)).toBe(true);
    const drawn = drawnTexts(highlighter);
    expect(count(drawn, 'tetany')).toBe(3);
    expect(count(drawn, 'hypocalcemia')).toBe(2);
    expect(highlighter.counts().get('tetany')).toBe(5);
    expect(highlighter.counts().get('hypocalcemia')).toBe(3);
    highlighter.destroy();
  });

  test('"every occurrence" comes back live, and "first on the page" draws each term once', async () => {
    document.body.innerHTML = ARTICLE;
    const highlighter = startHighlighter({ density: 'section' });
    expect(await settled(highlighter, 10_000)).toBe(true);
    highlighter.configure({
      active: true,
      style: 'underline',
      categories: ['sign', 'condition', 'nutrient'],
      density: 'every',
    });
    expect(await settled(highlighter, 10_000)).toBe(true);
    expect(count(drawnTexts(highlighter), 'tetany')).toBe(5);
    highlighter.configure({
      active: true,
      style: 'underline',
      categories: ['sign', 'condition', 'nutrient'],
      density: 'page',
    });
    expect(await settled(highlighter, 10_000)).toBe(true);
    expect(count(drawnTexts(highlighter), 'tetany')).toBe(1);
    expect(highlighter.counts().get('tetany')).toBe(5);
    highlighter.destroy();
  });

  test('a long run of blocks without headings is cut into sections', async () => {
    const paragraphs = Array.from({ length: RUN_LENGTH * 2 }, (_, i) => `<p>Paragraph ${i} mentions tetany.</p>`);
    document.body.innerHTML = `<div>${paragraphs.join('')}</div>`;
    const highlighter = startHighlighter({ density: 'section' });
    expect(await settled(highlighter, 10_000)).toBe(true);
    expect(count(drawnTexts(highlighter), 'tetany')).toBe(2);
    highlighter.destroy();
  });

  test('a changed block gives its place back', async () => {
    document.body.innerHTML = '<h2>One</h2><p id="a">Tetany here.</p><p>Tetany again.</p>';
    const highlighter = startHighlighter({ density: 'section' });
    expect(await settled(highlighter, 10_000)).toBe(true);
    expect(highlighter.terms().map((t) => (t.block as HTMLElement).id)).toEqual(['a']);
    document.getElementById('a')!.textContent = 'Nothing now.';
    const added = document.createElement('p');
    added.id = 'b';
    added.textContent = 'And tetany once more.';
    document.body.append(added);
    expect(await settled(highlighter, 10_000)).toBe(true);
    expect(highlighter.terms().map((t) => (t.block as HTMLElement).id)).toEqual(['b']);
    highlighter.destroy();
  });
});

describe('Sections', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  test('headings, elements holding a heading, nesting and runs', () => {
    document.body.innerHTML = `
      <p id="p0"></p>
      <h2 id="h1"></h2><p id="p1"></p><div><p id="p2"></p></div>
      <section id="s"><h3></h3><p id="p3"></p></section><p id="p4"></p>
      <div role="heading" id="h2"></div><p id="p5"></p>`;
    const sections = new Sections(document.body);
    const key = (id: string) => sections.keyOf(document.getElementById(id)!);
    expect(key('p0')).not.toBe(key('p1'));
    expect(key('h1')).toBe(key('p1'));
    expect(key('p2')).toBe(key('p1'));
    expect(key('p3')).not.toBe(key('p1'));
    expect(key('p4')).not.toBe(key('p3'));
    expect(key('p5')).toBe(key('h2'));
    expect(key('p5')).not.toBe(key('p4'));
  });
});
