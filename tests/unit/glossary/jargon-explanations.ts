/**
 * Technical terms that a summary explains in its own words, reviewed by hand: entry id →
 * term (the entry id of the term, or an extra technical word from jargon.test.ts) → the plain
 * words in that summary that say what the term means. The jargon test fails when a summary
 * drops either the term (remove the line) or the explaining words (explain it again).
 */
export const EXPLAINED_IN_SUMMARY: Record<string, Record<string, string>> = {
  'adequate-intake': { RDA: 'which covers nearly all healthy people' },
  'alzheimers-disease': { dementia: 'a loss of memory and thinking that gets in the way of daily life' },
  'anti-seizure-medicines': { epilepsy: 'in which seizures keep coming back' },
  blepharospasm: { dystonia: 'in which muscles tighten on their own' },
  'calcium-blood-test': { albumin: 'a blood protein that carries calcium' },
  'carpopedal-spasm': { tetany: 'nerves and muscles firing too easily' },
  chorea: { 'huntingtons-disease': 'a brain disease that runs in families' },
  'corrected-calcium': { albumin: 'Albumin is a protein. It carries calcium in the blood.' },
  dementia: { 'alzheimers-disease': 'A brain disease called' },
  diabetes: { insulin: 'a hormone that moves sugar from blood into cells' },
  eclampsia: { preeclampsia: 'high blood pressure in pregnancy with protein in the urine' },
  hypoparathyroidism: { 'parathyroid-hormone': 'This hormone keeps blood calcium in range' },
  'ionized-calcium': { 'calcium-blood-test': 'total calcium (free plus bound)' },
  laryngospasm: { tetany: 'overactive nerves and muscles' },
  'magnesium-sulfate': {
    'torsades-de-pointes': 'a dangerous heart rhythm',
    eclampsia: 'seizures linked to pregnancy',
  },
  'potassium-blood-test': { 'mmol-per-l': 'a unit used on lab reports' },
  'qt-prolongation': { electrocardiogram: "a test of the heart's electric signals" },
  'salt-substitutes': { 'potassium-chloride': 'a potassium salt' },
  'serum-magnesium-test': { serum: 'the liquid part of your blood' },
  sodium: { electrolytes: 'a mineral that carries an electric charge' },
  'torsades-de-pointes': {
    'qt-prolongation': 'the heart is slow to recharge between beats',
    electrocardiogram: 'a heart signal test',
  },
  'trousseaus-sign': { 'chvosteks-sign': 'a twitch of the face when it is tapped' },
};

/**
 * The same, for actions and questions: `<entry id>.actions[i]` or `<entry id>.questions[i]` →
 * term → the plain words in that one text that explain it. Empty while every action and
 * question is written in everyday words or names only the entry it links to.
 */
export const EXPLAINED_IN_ACTIONS_AND_QUESTIONS: Record<string, Record<string, string>> = {};
