import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import { describe, expect, test } from 'vitest';
import { pseudoLocalize, pseudoMessages } from '../../../scripts/pseudo-locale';

const EN = readFileSync(path.resolve(__dirname, '../../../locales/en.yml'), 'utf8');

describe('the pseudo-locale', () => {
  test('accents every letter, keeps placeholders, and is about 40 % longer', () => {
    const pseudo = pseudoLocalize('Look up “%s” in $1 ($$2)');
    expect(pseudo).toMatch(/^\[Ļööķ ûþ “%s” ïñ \$1 \(\$\$2\) .+\]$/u);
    for (const message of ['Close', 'Search health terms', 'Not saved. Settings were changed too many times.']) {
      const out = pseudoLocalize(message);
      expect(out.length / message.length).toBeGreaterThanOrEqual(1.4);
      expect(out).not.toMatch(/[A-Za-z]/u);
    }
  });

  test('has every message of en.yml, with the same substitutions and plural forms', () => {
    const english = parseMessagesText(EN, 'YAML');
    const pseudo = parseMessagesText(JSON.stringify(pseudoMessages(EN)), 'JSON5');
    const shape = (messages: typeof english) =>
      messages.map((m) => ({ key: m.key.join('.'), type: m.type, substitutions: m.substitutions }));
    expect(shape(pseudo)).toEqual(shape(english));
  });
});
