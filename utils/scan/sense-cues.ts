/**
 * The reviewed word lists the sense rule reads (ADR 22). Single lower-case words, each form
 * written out (no stemming: it costs more than the list and guesses wrong on "seized"/"seizure").
 *
 * HEALTH_CUE_WORDS: words that put a sentence about a body, a symptom or its care. Chosen by kind
 * (people and places of care, acts of care, body parts and fluids, symptoms, medicines and
 * nutrition), not sentence by sentence, so the labelled set tests the rule rather than feeds it.
 * Not here: words as common outside health ("drugs", "test", "level", "heart" of a matter is
 * kept because its health sense dominates).
 *
 * OTHER_CUE_WORDS: words that put a sentence in one of the everyday senses of our ambiguous forms:
 * police and courts, earthquakes, prices and markets, sport, batteries and machines, gardens
 * and soil, computing, politics and kitchens.
 */
const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/u));

/**
 * The sets are built on first use: most pages have no match that needs its context, and building
 * them when the script loads was ~0.4 ms of every page's start (CPU profile of the Guardian bench
 * page, Chromium 156, 8 loads).
 */
let health: ReadonlySet<string> | null = null;
let other: ReadonlySet<string> | null = null;
export const healthCues = (): ReadonlySet<string> => (health ??= words(HEALTH_CUE_WORDS));
export const otherCues = (): ReadonlySet<string> => (other ??= words(OTHER_CUE_WORDS));

const HEALTH_CUE_WORDS = `
  patient patients doctor doctors clinician clinicians nurse nurses hospital hospitals clinic gp
  neurologist physician symptom symptoms sign diagnosis diagnosed treat treated treatment treatments
  therapy prescribed prescription dose doses dosage medicine medicines medication medications
  tablet tablets pill pills supplement supplements vitamin vitamins mineral minerals nutrient nutrients
  diet deficiency intake eat eating sources absorb absorbed laxative iv infusion infusions injection
  injections drink drinking alcohol glucose insulin protein hormone hormones mitochondria cognitive
  caregivers
  infused emergency urgent care ambulance stroke infection fever disease diseases illness
  condition conditions disorder chronic acute health healthy
  body blood urine kidney kidneys liver heart heartbeat brain nerve nerves muscle muscles
  muscular bone bones skin face neck nose nasal diaphragm eye eyes eyelid eyelids hand hands foot feet finger fingers toe toes
  leg legs calf calves arm arms mouth lips stomach gut bowel belly cell cells enzyme enzymes
  pain painful sore ache aches dizzy dizziness nausea vomiting diarrhea weakness weak stiffness
  jerk jerks asleep sleep sleeping thirst thirsty sweating tired anxious pregnancy pregnant
  child children babies baby infant infants adults elderly
`;

const OTHER_CUE_WORDS = `
  police customs court courts officers investigation smuggling cocaine kilos weapons assets accounts
  tax border counterfeit seized trial
  earthquake earthquakes quake aftershock aftershocks seismologists seismic magnitude volcano
  price prices index inflation wholesale economists market markets banking bank investors merger
  housing homes office rent sector stocks shares profit
  tennis rankings tour tournament stadium champion final fans referee league season match
  battery batteries lithium charging engine engines diesel emissions smog truck trucks aircraft wing
  metal steel alloy alloys frame wheels cotton textile fabric ceramic
  soil soils garden gardeners growers crops crop field fields harvest fertilizer lawn leaves leaf
  plant plants tomato tomatoes roses palms fronds wheat peppers potted watering compost
  matrix determinant algorithm row column dns cache laptop monitor screen phones pixels software databases
  voter voters turnout election elections donor campaign
  recipe meals hike oven flakes jar airtight kitchen
  law deadline project
  sewer mains curtain neighbors
`;
