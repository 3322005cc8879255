/**
 * PDFs for the PDF reader's tests, made by Chromium's own print (`page.pdf()`) from a fixture
 * page, and a server for them on 127.0.0.1 (the fixture server serves only the pages folder).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { BASIC_ARTICLE_PATH } from './basic-article.mjs';
import { startStaticServer, type StaticServer } from './static-server.mjs';

/** The basic article printed to an A4 PDF: real text in embedded fonts, one page. */
export async function articlePdf(context: BrowserContext, server: StaticServer): Promise<Buffer> {
  const page = await context.newPage();
  await page.goto(server.url(BASIC_ARTICLE_PATH));
  const pdf = await page.pdf({ format: 'A4' });
  await page.close();
  return pdf;
}

/** A PDF of `pages` pages, each a heading and a sentence naming one term. */
export async function pagedPdf(context: BrowserContext, terms: readonly string[]): Promise<Buffer> {
  const page = await context.newPage();
  const body = terms
    .map((t, i) => `<section style="break-after: page"><h1>Part ${i + 1}</h1><p>This part is about ${t}.</p></section>`)
    .join('');
  await page.setContent(`<!doctype html><html lang="en"><body>${body}</body></html>`);
  const pdf = await page.pdf({ format: 'A5' });
  await page.close();
  return pdf;
}

/** Serves `files` (name → bytes) from 127.0.0.1; close it when done. */
export async function servePdfs(files: Record<string, Buffer>): Promise<StaticServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'health-notes-pdf-'));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(dir, name), bytes);
  return startStaticServer({ root: dir });
}

export const pdfFile = (buffer: Buffer, name = 'lab-printout.pdf') => ({ name, mimeType: 'application/pdf', buffer });
