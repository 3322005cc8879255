import { i18n } from '#i18n';
import { useRef, useState } from 'preact/hooks';
import type { Settings } from '../../utils/settings/schema';
import { parseSitePattern, sitesFit } from '../../utils/settings/site-patterns';
import { sitePatternMessage } from '../../utils/settings/write-messages';
import { Section } from './Section';

interface Props {
  settings: Settings;
  change: (patch: Partial<Settings>, what: string) => Promise<boolean>;
}

export function SitesSection({ settings, change }: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const sites = settings.disabledSites;

  const add = async (event: Event) => {
    event.preventDefault();
    const parsed = parseSitePattern(text);
    if (!parsed.ok) {
      setError(sitePatternMessage(parsed.reason, text));
      input.current?.focus();
      return;
    }
    if (sites.includes(parsed.pattern)) {
      setError(i18n.t('sitesOptions.already', [parsed.pattern]));
      input.current?.focus();
      return;
    }
    const next = [...sites, parsed.pattern];
    if (!sitesFit(next)) {
      setError(i18n.t('sitesOptions.full'));
      return;
    }
    setError(null);
    setText('');
    const saved = await change({ disabledSites: next }, i18n.t('sitesOptions.offOn', [parsed.pattern]));
    // Not saved (the status line says why): give the typed site back to try again, unless the field was used meanwhile.
    if (!saved) setText((current) => current || text);
  };

  const remove = (site: string, index: number) => {
    void change({ disabledSites: sites.filter((s) => s !== site) }, i18n.t('sitesOptions.backOn', [site]));
    // Keep the keyboard user in the list: the next Remove button, else the previous, else the field.
    requestAnimationFrame(() => {
      const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [];
      const target = buttons[Math.min(index, buttons.length - 1)];
      (target ?? input.current)?.focus();
    });
  };

  return (
    <Section id="sites" title={i18n.t('sitesOptions.title')}>
      <p class="hn-hint" id="sites-hint">
        {i18n.t('sitesOptions.hint')}
      </p>
      <form class="hn-site-form" onSubmit={add} noValidate>
        <label for="site-input">{i18n.t('sitesOptions.site')}</label>
        <div class="hn-row">
          <input
            ref={input}
            id="site-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            value={text}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'site-error sites-hint' : 'sites-hint'}
            onInput={(event) => {
              setText(event.currentTarget.value);
              if (error) setError(null);
            }}
          />
          <button type="submit" class="hn-button">
            {i18n.t('sitesOptions.add')}
          </button>
        </div>
        <p id="site-error" class="hn-error" role="alert">
          {error ?? ''}
        </p>
      </form>
      {sites.length ? (
        <ul class="hn-site-list" ref={list} aria-label={i18n.t('sitesOptions.title')}>
          {sites.map((site, index) => (
            <li key={site}>
              <span class="hn-site">{site}</span>
              <button type="button" class="hn-button hn-quiet" onClick={() => remove(site, index)}>
                {i18n.t('sitesOptions.remove')}
                <span class="hn-visually-hidden"> {site}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="hn-muted">{i18n.t('sitesOptions.none')}</p>
      )}
    </Section>
  );
}
