import { useRef, useState } from 'preact/hooks';
import type { Settings } from '../../utils/settings/schema';
import { parseSitePattern, sitesFit } from '../../utils/settings/site-patterns';
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
      setError(parsed.reason);
      input.current?.focus();
      return;
    }
    if (sites.includes(parsed.pattern)) {
      setError(`${parsed.pattern} is already in the list.`);
      input.current?.focus();
      return;
    }
    const next = [...sites, parsed.pattern];
    if (!sitesFit(next)) {
      setError('The list is full. Remove a site before adding another.');
      return;
    }
    setError(null);
    setText('');
    const saved = await change({ disabledSites: next }, `highlighting off on ${parsed.pattern}`);
    // Not saved (the status line says why): give the typed site back to try again, unless the field was used meanwhile.
    if (!saved) setText((current) => current || text);
  };

  const remove = (site: string, index: number) => {
    void change({ disabledSites: sites.filter((s) => s !== site) }, `highlighting back on for ${site}`);
    // Keep the keyboard user in the list: the next Remove button, else the previous, else the field.
    requestAnimationFrame(() => {
      const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [];
      const target = buttons[Math.min(index, buttons.length - 1)];
      (target ?? input.current)?.focus();
    });
  };

  return (
    <Section id="sites" title="Sites without highlighting">
      <p class="hn-hint" id="sites-hint">
        Health Notes will not highlight terms on these sites. Enter a site such as example.com (which also covers
        www.example.com) or *.example.com for all of its subdomains.
      </p>
      <form class="hn-site-form" onSubmit={add} noValidate>
        <label for="site-input">Site</label>
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
            Add site
          </button>
        </div>
        <p id="site-error" class="hn-error" role="alert">
          {error ?? ''}
        </p>
      </form>
      {sites.length ? (
        <ul class="hn-site-list" ref={list} aria-label="Sites without highlighting">
          {sites.map((site, index) => (
            <li key={site}>
              <span class="hn-site">{site}</span>
              <button type="button" class="hn-button hn-quiet" onClick={() => remove(site, index)}>
                Remove<span class="hn-visually-hidden"> {site}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="hn-muted">No sites yet: terms are highlighted on every site.</p>
      )}
    </Section>
  );
}
