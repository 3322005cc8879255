/** What the user reads when a settings change was not saved or a site cannot be switched off. */
import { i18n } from '#i18n';
import type { PatternProblem } from './site-patterns';
import type { SiteSwitchRefusal } from './site-toggle';
import { SettingsWriteError, writeErrorFrom } from './write-error';

export function writeFailureMessage(error: unknown): string {
  const failure = error instanceof SettingsWriteError ? error : writeErrorFrom(error);
  const details = failure.details.join('; ');
  switch (failure.reason) {
    case 'invalid':
      return i18n.t('settingsWrite.invalid', [details]);
    case 'too-often':
      return i18n.t('settingsWrite.tooOften');
    case 'too-large':
      return i18n.t('settingsWrite.tooLarge');
    case 'refused':
      return i18n.t('settingsWrite.refused', [details]);
  }
}

export function siteSwitchRefusalMessage(reason: SiteSwitchRefusal, host: string): string {
  return reason === 'list-full' ? i18n.t('siteSwitch.listFull') : i18n.t('siteSwitch.unsupportedHost', [host]);
}

/** Why the site the user typed (`input`) cannot go in the list. */
export function sitePatternMessage(problem: PatternProblem, input: string): string {
  switch (problem) {
    case 'empty':
      return i18n.t('sitesOptions.empty');
    case 'not-an-address':
      return i18n.t('sitesOptions.invalidAddress', [input.trim()]);
    case 'not-a-site':
      return i18n.t('sitesOptions.notSiteName', [input.trim()]);
  }
}
