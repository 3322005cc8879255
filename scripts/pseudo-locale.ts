/**
 * The pseudo-locale: every message of locales/en.yml with its letters accented and about 40 %
 * more length, in brackets. A build with it (`HEALTH_NOTES_PSEUDO_LOCALE=1 npx wxt build`, see
 * wxt.config.ts) shows at a glance any text that does not come from the locale file (it stays
 * plain ASCII) and any layout that cannot take longer words (German and Spanish run 30-40 %
 * longer than English). It is generated, never edited, so it never falls behind en.yml.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseMessagesText } from '@wxt-dev/i18n/build';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, i) => [
    letter,
    [...'àƀçđéƒĝĥïĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÏĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]!,
  ]),
);

/** Substitutions and placeholders the browser fills in: `$1`…`$9`, `$$`, `$name$`, `%s`. */
const PLACEHOLDER = /(\$[1-9$]|\$[A-Za-z_]\w*\$|%s)/u;

/** Filler words that make a message about 40 % longer, breaking where real words break. */
const FILLER = ['ļöŕéɱ', 'ïþšûɱ', 'ðöļöŕ', 'šïţ', 'àɱéţ', 'çöñšé', 'àðïþ'];
const GROWTH = 0.4;

export function pseudoLocalize(message: string): string {
  const accented = message
    .split(PLACEHOLDER)
    .map((part) => (PLACEHOLDER.test(part) ? part : [...part].map((c) => ACCENTED[c] ?? c).join('')))
    .join('');
  const wanted = Math.ceil(message.length * GROWTH);
  const filler: string[] = [];
  for (let added = 0, i = 0; added < wanted; i++) {
    const word = FILLER[i % FILLER.length]!;
    filler.push(word);
    added += word.length + 1;
  }
  return `[${accented} ${filler.join(' ')}]`;
}

type Messages = { [key: string]: string | Messages };

/** The messages of a locale file (read by @wxt-dev/i18n's own parser), pseudo-localized, nested as in the file. */
export function pseudoMessages(localeText: string): Messages {
  const root: Messages = {};
  for (const message of parseMessagesText(localeText, 'YAML')) {
    // The browser's own messages (@@ui_locale, …) are added by the parser, not written in the file.
    if (message.key[0]?.startsWith('@@')) continue;
    let parent = root;
    for (const part of message.key.slice(0, -1)) parent = (parent[part] ??= {}) as Messages;
    const last = message.key.at(-1)!;
    if (message.type === 'plural') {
      // Each plural form on its own: the forms are joined with " | " only in the built messages.
      parent[last] = Object.fromEntries(Object.entries(message.plurals).map(([n, form]) => [n, pseudoLocalize(form)]));
    } else if (message.type === 'simple') {
      parent[last] = pseudoLocalize(message.message);
    } else {
      throw new Error(`pseudo-locale: message ${message.key.join('.')} is in Chrome's format; write it as plain text`);
    }
  }
  return root;
}

/** Writes the pseudo-locale of `sourceFile` as `<dir>/en.json` (as the default locale); returns `dir`. */
export function writePseudoLocale(sourceFile: string, dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'en.json'), JSON.stringify(pseudoMessages(readFileSync(sourceFile, 'utf8')), null, 2));
  return dir;
}
