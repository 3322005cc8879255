/**
 * Publishers whose pages may be cited as sources. Kept deliberately short: public health
 * agencies, national medical references and peer-reviewed indexes. Adding a host is a
 * content decision; say why in the commit.
 */
export const ALLOWED_SOURCE_HOSTS = [
  'nih.gov', // NIH and its institutes: ODS, NINDS, NCBI Bookshelf, PubMed, PMC
  'medlineplus.gov',
  'cdc.gov',
  'fda.gov',
  'nhs.uk',
  'merckmanuals.com',
  'msdmanuals.com',
  'mayoclinic.org',
  'clevelandclinic.org',
  'statpearls.com', // StatPearls, also mirrored on NCBI Bookshelf
  'nap.edu', // National Academies Press: the Dietary Reference Intake reports
  'nationalacademies.org',
  'dietaryguidelines.gov',
  'health.gov',
  'cochranelibrary.com',
  'who.int',
  'fao.org',
  'eatforhealth.gov.au', // Australian NHMRC nutrient reference values
  'medicines.org.uk', // UK electronic Medicines Compendium (product labelling)
  'mhmedical.com', // McGraw Hill AccessMedicine: CMDT, Harrison's
  'medscape.com',
  'brainandlife.org', // American Academy of Neurology patient magazine
  // peer-reviewed journals cited in health-facts.md
  'biomedcentral.com',
  'frontiersin.org',
  'hindawi.com',
] as const;

/** Returns true, or the reason the URL is not acceptable. */
export function isAllowedSourceUrl(raw: string): true | string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'is not a valid URL';
  }
  if (url.protocol !== 'https:') return `must use https (got ${url.protocol.replace(':', '')})`;
  const host = url.hostname.toLowerCase();
  const allowed = ALLOWED_SOURCE_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
  return allowed ? true : `host ${host} is not an allowed publisher`;
}
