import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadGlossary } from '../../../modules/glossary';
import { RETIRED_SOURCES } from '../../../utils/glossary/retired-sources';
import { validateGlossary } from '../../../utils/glossary/validate';

const GOOD_SOURCE = {
  title: 'MedlinePlus',
  url: 'https://medlineplus.gov/ency/article/000315.htm',
  checked: '2026-12-07',
};

function tetany(sources: unknown[]): Record<string, unknown> {
  return {
    id: 'tetany',
    title: 'tetany',
    pronunciation: { respelling: 'TET-uh-nee' },
    aliases: [],
    category: 'sign',
    summary: 'A short plain summary.',
    details: ['First fact.', 'Second fact.'],
    seekCare: { soon: 'See a clinician if it keeps happening.' },
    actions: [{ text: 'Ask a clinician whether a blood test is needed.', source: 0 }],
    related: [],
    sources,
    reviewed: '2026-11-21',
  };
}
const errorsOf = (sources: unknown[]) =>
  validateGlossary([{ file: 'data/terms/tetany.json', data: tetany(sources) }]).errors;

describe('source rules', () => {
  test('a source with its checked date passes', () => {
    expect(errorsOf([GOOD_SOURCE])).toEqual([]);
  });

  test('a source without a checked date fails', () => {
    const { checked: _omit, ...unchecked } = GOOD_SOURCE;
    expect(errorsOf([GOOD_SOURCE, unchecked])).toEqual([
      'data/terms/tetany.json: sources[1].checked must be an ISO date (YYYY-MM-DD)',
    ]);
  });

  test('a checked value that is not an ISO date fails', () => {
    expect(errorsOf([{ ...GOOD_SOURCE, checked: '7 Dec 2026' }])).toEqual([
      'data/terms/tetany.json: sources[0].checked must be an ISO date (YYYY-MM-DD)',
    ]);
  });

  const retired: [string, string][] = [
    ['Genetics Home Reference', 'https://ghr.nlm.nih.gov/condition/gitelman-syndrome'],
    ['old GARD path', 'https://rarediseases.info.nih.gov/gard/5893/bartter-syndrome'],
    ['NINDS /disorders/ .htm page', 'https://www.ninds.nih.gov/disorders/blepharospasm/blepharospasm.htm'],
    [
      'NINDS /Disorders/All-Disorders/ page',
      'https://www.ninds.nih.gov/Disorders/All-Disorders/Myoclonus-Information-Page',
    ],
    [
      'NIDDK Pages/ez.aspx',
      'https://www.niddk.nih.gov/health-information/health-topics/urologic-disease/kidney-stones-in-adults/Pages/ez.aspx',
    ],
    ['Dietary Guidelines 2015 on health.gov', 'https://health.gov/dietaryguidelines/2015/guidelines/appendix-10'],
    ['DailyMed search', 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=Klor-Con'],
    [
      'openFDA record',
      'https://api.fda.gov/drug/label.json?search=set_id%3A%228bdbacb1-b38a-3282-e053-2a95a90af022%22',
    ],
    [
      'Mayo Clinic symptom checker',
      'https://www.mayoclinic.org/symptom-checker/heart-palpitations-adult/related-factors/itt-20009075',
    ],
  ];
  test.each(retired)('a retired address fails: %s', (_name, url) => {
    const errors = errorsOf([{ ...GOOD_SOURCE, url }]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^data\/terms\/tetany\.json: sources\[0\]\.url is a retired address: .+/u);
  });

  test('every retired pattern has a test case and a reason', () => {
    for (const rule of RETIRED_SOURCES) {
      expect(rule.reason.length, rule.host).toBeGreaterThan(20);
      expect(
        retired.some(([, url]) => new URL(url).hostname.endsWith(rule.host)),
        rule.host,
      ).toBe(true);
    }
  });

  const current = [
    'https://medlineplus.gov/genetics/condition/gitelman-syndrome/',
    'https://rarediseases.info.nih.gov/diseases/5893/bartter-syndrome',
    'https://www.ninds.nih.gov/health-information/disorders/blepharospasm',
    'https://www.niddk.nih.gov/health-information/urologic-diseases/kidney-stones',
    'https://www.dietaryguidelines.gov/food-sources-potassium',
    'https://health.gov/our-work/nutrition-physical-activity/dietary-guidelines',
    'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=ebc11109-e7bf-452d-b675-4b3236d54164',
    'https://www.mayoclinic.org/symptoms/heart-palpitations/basics/when-to-see-doctor/sym-20050712',
  ];
  test.each(current)('the current address passes: %s', (url) => {
    expect(errorsOf([{ ...GOOD_SOURCE, url }])).toEqual([]);
  });

  test('the build refuses a source without a checked date', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'health-notes-sources-'));
    mkdirSync(path.join(root, 'data/terms'), { recursive: true });
    writeFileSync(
      path.join(root, 'data/disclaimer.json'),
      JSON.stringify({ short: 'Not medical advice.', long: ['Not medical advice.'] }),
    );
    const { checked: _omit, ...unchecked } = GOOD_SOURCE;
    writeFileSync(path.join(root, 'data/terms/tetany.json'), JSON.stringify(tetany([unchecked])));
    expect(() => loadGlossary(root)).toThrow(
      'data/terms/tetany.json: sources[0].checked must be an ISO date (YYYY-MM-DD)',
    );
  });
});

describe('the bundled glossary sources', () => {
  const { entries } = loadGlossary(path.resolve(__dirname, '../../..'));

  test('no source is dated after its check could have happened', () => {
    const today = new Date().toISOString().slice(0, 10);
    const future = entries.flatMap((e) => e.sources.filter((s) => s.checked > today).map((s) => `${e.id}: ${s.url}`));
    expect(future).toEqual([]);
  });

  // The glossary's first entries were written on 2026-11-21; an earlier date is a typo.
  test('no source is dated before the glossary existed', () => {
    const early = entries.flatMap((e) =>
      e.sources.filter((s) => s.checked < '2026-11-21').map((s) => `${e.id}: ${s.checked}`),
    );
    expect(early).toEqual([]);
  });
});
