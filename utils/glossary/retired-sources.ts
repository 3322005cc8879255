/**
 * Source addresses publishers have retired. Each one still resolves somewhere (a redirect,
 * a search page or a "page moved" notice), so a link check alone does not catch them; a
 * reader who opens one does not land on the page the entry cites. Each rule says where the
 * content lives now.
 */
export interface RetiredSource {
  /** Host the rule applies to; subdomains included. */
  host: string;
  /** Tested against the URL's path plus query. */
  path: RegExp;
  reason: string;
}

export const RETIRED_SOURCES: readonly RetiredSource[] = [
  {
    host: 'ghr.nlm.nih.gov',
    path: /^\//u,
    reason:
      'Genetics Home Reference was retired in 2020; cite the MedlinePlus Genetics page (medlineplus.gov/genetics/)',
  },
  {
    host: 'rarediseases.info.nih.gov',
    path: /^\/gard\/\d+(?:\/|$)/iu,
    reason: 'GARD moved its /gard/<id>/ pages; cite rarediseases.info.nih.gov/diseases/<id>/<name>',
  },
  {
    host: 'ninds.nih.gov',
    path: /^\/disorders\//iu,
    reason: 'NINDS retired its /disorders/ pages; cite the page under ninds.nih.gov/health-information/disorders/',
  },
  {
    host: 'niddk.nih.gov',
    path: /\/pages\/[^/]*\.aspx(?:$|\?)/iu,
    reason: 'NIDDK retired its .../Pages/*.aspx pages; cite the page under niddk.nih.gov/health-information/',
  },
  {
    host: 'api.fda.gov',
    path: /^\//u,
    reason:
      'openFDA answers with raw JSON, not a page a reader can open; cite the label on dailymed.nlm.nih.gov (drugInfo.cfm?setid=...)',
  },
  {
    host: 'health.gov',
    path: /^\/dietaryguidelines\/2015(?:\/|$)/iu,
    reason: 'the 2015-2020 Dietary Guidelines pages moved; cite the current edition on dietaryguidelines.gov',
  },
  {
    host: 'dailymed.nlm.nih.gov',
    path: /^\/dailymed\/search\.cfm/iu,
    reason: 'a DailyMed search is not a label and its results change; cite the label page (drugInfo.cfm?setid=...)',
  },
  {
    host: 'mayoclinic.org',
    path: /^\/symptom-checker\//iu,
    reason:
      'a symptom-checker page is an interactive tool, not an article; cite the symptom page under mayoclinic.org/symptoms/',
  },
];

/** The reason the URL is a retired address, or undefined when it is not one (or not a URL). */
export function retiredSourceReason(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase();
  const where = `${url.pathname}${url.search}`;
  return RETIRED_SOURCES.find((r) => (host === r.host || host.endsWith(`.${r.host}`)) && r.path.test(where))?.reason;
}
