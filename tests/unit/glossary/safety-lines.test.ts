/**
 * The safety lines a careful clinician expects in the glossary (issue 15), checked by meaning:
 * each test names the facts a line must carry and the cited source it rests on, so rewording
 * a sentence keeps the test green but dropping a warning, an interaction or its source fails it.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadGlossary } from '../../../modules/glossary';
import type { TermEntry } from '../../../utils/glossary/schema';

const root = path.resolve(__dirname, '../../..');
const { entries } = loadGlossary(root);
const byId = new Map(entries.map((e) => [e.id, e]));

function entry(id: string): TermEntry {
  const e = byId.get(id);
  if (!e) throw new Error(`no glossary entry "${id}"`);
  return e;
}

/** Everything a reader can see on the card and the full entry. */
function allText(e: TermEntry): string {
  return [e.summary, ...e.details, e.seekCare?.soon ?? '', e.seekCare?.emergency ?? ''].join(' ');
}

function cites(e: TermEntry, url: RegExp): boolean {
  return e.sources.some((s) => url.test(s.url));
}

describe('safety lines', () => {
  test('anxiety: the emergency line says what to do with thoughts of self-harm (988 in the US, else the emergency number), citing a crisis source', () => {
    const e = entry('anxiety');
    const emergency = e.seekCare?.emergency ?? '';
    expect(emergency).toMatch(/harm(ing)? yourself|suicid/i);
    expect(emergency).toMatch(/\b988\b/);
    expect(emergency).toMatch(/emergency number/i);
    // The physical signs the line named before stay: anxiety must not explain them away.
    for (const sign of [/chest pain/i, /trouble breathing/i, /fainting/i, /racing heart/i])
      expect(emergency).toMatch(sign);
    expect(cites(e, /nimh\.nih\.gov|mayoclinic\.org\/diseases-conditions\/anxiety/)).toBe(true);
  });

  test.each(['calcium-supplements', 'calcium-carbonate', 'calcium-citrate'])(
    '%s names the interactions public sources state, citing product labelling',
    (id) => {
      const e = entry(id);
      const text = allText(e);
      for (const drug of [
        /levothyroxine/i,
        /tetracycline/i,
        /quinolone/i,
        /bisphosphonate/i,
        /\biron\b/i,
        /\bzinc\b/i,
      ]) {
        expect(text, `${id} should name ${drug}`).toMatch(drug);
      }
      expect(text).toMatch(/hours apart/i);
      expect(text).toMatch(/thiazide[^.]*too much calcium/i);
      expect(cites(e, /medicines\.org\.uk\/emc\/product\/\d+\/smpc/)).toBe(true);
    },
  );

  test.each([
    'magnesium',
    'magnesium-citrate',
    'magnesium-glycinate',
    'magnesium-chloride',
    'magnesium-lactate',
    'magnesium-aspartate',
    'magnesium-malate',
    'magnesium-oxide',
    'magnesium-hydroxide',
    'epsom-salt',
  ])('%s carries the spacing line for antibiotics and osteoporosis medicines', (id) => {
    const e = entry(id);
    const line = e.details.find((d) => /antibiotic/i.test(d));
    expect(line, `${id} has no antibiotic line`).toBeDefined();
    expect(line).toMatch(/tetracycline/i);
    expect(line).toMatch(/quinolone/i);
    expect(line).toMatch(/osteoporosis|bisphosphonate/i);
    expect(line).toMatch(/apart/i);
    expect(cites(e, /medicines\.org\.uk\/emc\/product\/\d+\/smpc/)).toBe(true);
  });

  test('potassium chloride: the tablet caution from its label (whole, with water; throat or stomach injury)', () => {
    const e = entry('potassium-chloride');
    const line = e.details.find((d) => /swallow/i.test(d)) ?? '';
    expect(line).toMatch(/whole/i);
    expect(line).toMatch(/water/i);
    expect(line).toMatch(/crush/i);
    expect(line).toMatch(/throat|food pipe/i);
    expect(line).toMatch(/stomach/i);
    expect(line).toMatch(/bleeding|black or bloody stools/i);
    expect(cites(e, /fda\.gov|dailymed\.nlm\.nih\.gov\/dailymed\/drugInfo/)).toBe(true);
  });

  test('preeclampsia: the emergency line names severe headache, vision changes, upper-belly pain and shortness of breath', () => {
    const e = entry('preeclampsia');
    const emergency = e.seekCare?.emergency ?? '';
    expect(emergency).toMatch(/severe headache/i);
    expect(emergency).toMatch(/vision/i);
    expect(emergency).toMatch(/upper belly/i);
    expect(emergency).toMatch(/shortness of breath/i);
    expect(cites(e, /mayoclinic\.org\/diseases-conditions\/preeclampsia/)).toBe(true);
  });

  test('kidney stones: an emergency line for severe pain, fever and chills, vomiting, or not passing urine', () => {
    const e = entry('kidney-stones');
    const emergency = e.seekCare?.emergency ?? '';
    expect(emergency).toMatch(/pain/i);
    expect(emergency).toMatch(/fever/i);
    expect(emergency).toMatch(/chills/i);
    expect(emergency).toMatch(/vomiting/i);
    expect(emergency).toMatch(/pass urine/i);
    expect(emergency).toMatch(/blood in your urine/i);
    expect(cites(e, /mayoclinic\.org\/diseases-conditions\/kidney-stones/)).toBe(true);
  });

  test("valproate: the label's boxed warnings (liver, pancreatitis, pregnancy) and the symptoms that need care", () => {
    const e = entry('valproate');
    const details = e.details.join(' ');
    expect(details).toMatch(/boxed warning/i);
    expect(details).toMatch(/liver failure/i);
    expect(details).toMatch(/pancreatitis/i);
    expect(details).toMatch(/pregnan/i);
    expect(details).toMatch(/birth defects/i);
    const soon = e.seekCare?.soon ?? '';
    for (const sign of [/yellow skin/i, /vomiting/i, /belly pain/i, /loss of appetite/i, /swollen face/i]) {
      expect(soon).toMatch(sign);
    }
    expect(cites(e, /fda\.gov|dailymed\.nlm\.nih\.gov\/dailymed\/drugInfo/)).toBe(true);
  });

  test('hyperventilation: anxiety and panic as the commonest cause, the serious causes, and care the first time', () => {
    const e = entry('hyperventilation');
    const details = e.details.join(' ');
    expect(details).toMatch(/anxiety and panic are the most common cause/i);
    for (const cause of [/bleeding/i, /heart attack/i, /lung/i, /infection/i, /ketoacidosis/i]) {
      expect(details).toMatch(cause);
    }
    expect(e.seekCare?.emergency ?? '').toMatch(/first time/i);
    expect(cites(e, /medlineplus\.gov\/ency\/article\/003071/)).toBe(true);
  });

  test('benign fasciculation syndrome: "not dangerous" only after a clinician has checked; no alias labels plain twitching benign', () => {
    const e = entry('benign-fasciculation-syndrome');
    expect(e.aliases.filter((a) => /twitch/i.test(a))).toEqual([]);
    const reassurance = e.summary.split(/(?<=\.)\s+/u).filter((s) => /benign|harmless|danger/i.test(s));
    expect(reassurance.length).toBeGreaterThan(0);
    expect(e.summary).toMatch(/(after|once) a clinician has checked/i);
    expect(e.summary).not.toMatch(/\bis not dangerous\b/i);
  });

  test('periodic paralysis: triggers by form, the thyroid form, and what treatment aims at', () => {
    const e = entry('periodic-paralysis');
    const hypo = e.details.find((d) => /hypokalemic form/i.test(d)) ?? '';
    expect(hypo).toMatch(/carbohydrate/i);
    expect(hypo).toMatch(/rest after exercise/i);
    const hyper = e.details.find((d) => /hyperkalemic form/i.test(d)) ?? '';
    expect(hyper).toMatch(/foods? high in potassium|potassium-rich food/i);
    expect(hyper).toMatch(/fasting|without food/i);
    expect(hyper).toMatch(/rest(ing)? after exercise/i);
    expect(e.details.join(' ')).toMatch(/thyroid/i);
    expect(e.details.join(' ')).toMatch(/treatment aims/i);
    expect(cites(e, /medlineplus\.gov\/genetics\/condition\/hypokalemic-periodic-paralysis/)).toBe(true);
  });

  test('hypermagnesemia: the upper limit is for healthy people from age 9, counts supplements and medicines, and is not safe with kidney disease', () => {
    const e = entry('hypermagnesemia');
    const line = e.details.find((d) => /350 mg/.test(d)) ?? '';
    expect(line).toMatch(/healthy people aged 9 and older/i);
    expect(line).toMatch(/supplements and medicines/i);
    expect(line).toMatch(/not a safe amount for people with kidney disease/i);
  });

  test('dehydration and diarrhea give one "get care" threshold for adults and one for children', () => {
    const thresholds = ['dehydration', 'diarrhea'].map((id) => {
      const soon = entry(id).seekCare?.soon ?? '';
      return {
        id,
        adult: /adult's diarrhea lasts more than (\d+) days/i.exec(soon)?.[1],
        child: /child's[^.]*within (\d+) hours/i.exec(soon)?.[1],
      };
    });
    for (const t of thresholds) {
      expect(t.adult, `${t.id}: adult threshold`).toBeDefined();
      expect(t.child, `${t.id}: child threshold`).toBeDefined();
    }
    expect(thresholds[0]!.adult).toBe(thresholds[1]!.adult);
    expect(thresholds[0]!.child).toBe(thresholds[1]!.child);
    for (const id of ['dehydration', 'diarrhea']) {
      expect(cites(entry(id), /mayoclinic\.org\/symptoms\/diarrhea/)).toBe(true);
    }
  });

  test.each(['hypokalemia', 'potassium-blood-test'])(
    '%s credits its lab range to StatPearls Hypokalemia, which it cites',
    (id) => {
      const e = entry(id);
      expect(e.labRange?.basis).toMatch(/^StatPearls: Hypokalemia$/);
      expect(e.sources.some((s) => /StatPearls: Hypokalemia/.test(s.title))).toBe(true);
    },
  );

  test("myoclonus: the seek-care lines rest on NINDS/Mayo (soon) and CDC's seizure first aid (emergency)", () => {
    const e = entry('myoclonus');
    expect(e.seekCare?.soon ?? '').toMatch(/frequent/i);
    expect(e.seekCare?.soon ?? '').toMatch(/eating, talking or walking/i);
    expect(cites(e, /ninds\.nih\.gov\/health-information\/disorders\/myoclonus/)).toBe(true);
    expect(e.seekCare?.emergency ?? '').toMatch(/more than 5 minutes/i);
    expect(e.seekCare?.emergency ?? '').toMatch(/first seizure/i);
    expect(e.seekCare?.emergency ?? '').toMatch(/stroke signs/i);
    expect(cites(e, /cdc\.gov\/epilepsy\/first-aid-for-seizures/)).toBe(true);
    expect(cites(e, /mayoclinic\.org\/diseases-conditions\/stroke/)).toBe(true);
  });

  test("tremor: the seek-care lines rest on Merck's warning signs and CDC's seizure first aid", () => {
    const e = entry('tremor');
    const soon = e.seekCare?.soon ?? '';
    expect(soon).toMatch(/right away/i);
    for (const sign of [/suddenly/i, /weakness/i, /thinking/i, /walking/i, /talking/i]) expect(soon).toMatch(sign);
    expect(cites(e, /merckmanuals\.com\/home\/.*tremor/)).toBe(true);
    expect(e.seekCare?.emergency ?? '').toMatch(/more than 5 minutes/i);
    expect(e.seekCare?.emergency ?? '').toMatch(/stroke signs/i);
    expect(cites(e, /cdc\.gov\/epilepsy\/first-aid-for-seizures/)).toBe(true);
    expect(cites(e, /mayoclinic\.org\/diseases-conditions\/stroke/)).toBe(true);
  });

  test('nystagmus: the emergency line names stroke signs and rests on Mayo Clinic pages', () => {
    const e = entry('nystagmus');
    const emergency = e.seekCare?.emergency ?? '';
    expect(emergency).toMatch(/stroke/i);
    expect(emergency).toMatch(/drooping face/i);
    expect(emergency).toMatch(/slurred speech/i);
    expect(emergency).toMatch(/dizziness/i);
    expect(cites(e, /mayoclinic\.org\/diseases-conditions\/stroke/)).toBe(true);
    expect(cites(e, /mayoclinic\.org\/symptoms\/dizziness/)).toBe(true);
    expect(cites(e, /medlineplus\.gov\/ency\/article\/003037/)).toBe(true);
  });
});
