/**
 * The glossary search box: an ARIA 1.2 combobox whose listbox stays open below it. Focus never
 * leaves the input; arrow keys move the active option (aria-activedescendant), Enter opens it
 * (or the first result when none is active), Escape clears the query.
 */
import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SearchHit } from '../../utils/search/glossary-search';
import { formatNumber } from '../../utils/i18n/format';
import { categoryLabel } from '../category-label';
import { markFirstResults, markSearchStart, measureSearchRendered } from './search-timing';

/**
 * The first render shows this many options (a 600 px popup shows about 15); the rest follow
 * right after the first paint, or at once when a key is pressed. The whole A-Z list (~150
 * options) made the popup's first paint ~15 ms later (bench, median of fresh opens), most of
 * it layout in a freshly started extension process.
 */
export const FIRST_PAINT_OPTIONS = 40;

interface Props {
  idBase: string;
  label: string;
  query: string;
  onQuery: (query: string) => void;
  hits: readonly SearchHit[];
  onChoose: (id: string) => void;
  /** Heading of the list: e.g. "All terms" before anything is typed, "Results" after. */
  listTitle: string;
  /** Shown between the box and the list (the popup puts "On this page" there when the box is empty). */
  children?: ComponentChildren;
  autoFocus?: boolean;
  /** The search is still loading: the hits are not an answer to the query yet. */
  pending?: boolean;
}

export function SearchCombobox({
  idBase,
  label,
  query,
  onQuery,
  hits,
  onChoose,
  listTitle,
  children,
  autoFocus,
  pending = false,
}: Props) {
  const [active, setActive] = useState(-1);
  const [allShown, setAllShown] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const optionId = (i: number) => `${idBase}-option-${i}`;
  const listId = `${idBase}-list`;
  const titleId = `${idBase}-list-title`;
  const typed = query.trim() !== '';

  useEffect(() => {
    if (autoFocus) inputRef.current?.focus();
  }, [autoFocus]);

  useEffect(() => {
    // After the first paint: this runs in the frame's animation callbacks, the timer after it.
    let timer = 0;
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => setAllShown(true), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);

  useLayoutEffect(() => {
    markFirstResults();
    if (!pending) measureSearchRendered();
  }, [hits, pending]);

  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const move = (to: number) => setActive(hits.length === 0 ? -1 : Math.max(0, Math.min(hits.length - 1, to)));

  const onKeyDown = (event: KeyboardEvent) => {
    setAllShown(true);
    switch (event.key) {
      case 'ArrowDown':
        move(active + 1);
        break;
      case 'ArrowUp':
        move(active - 1);
        break;
      case 'PageDown':
        move(active + 10);
        break;
      case 'PageUp':
        move(active - 10);
        break;
      case 'Enter': {
        const hit = hits[active >= 0 ? active : 0];
        if (!hit || (active < 0 && !typed)) return;
        onChoose(hit.id);
        break;
      }
      case 'Escape':
        if (!query) return; // let the popup close as usual
        onQuery('');
        setActive(-1);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <div class="hn-search">
      <label class="hn-search-label" for={`${idBase}-input`}>
        {label}
      </label>
      <input
        ref={inputRef}
        id={`${idBase}-input`}
        class="hn-search-input"
        type="search"
        role="combobox"
        list={undefined}
        autoComplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={active >= 0 && hits[active] ? optionId(active) : undefined}
        value={query}
        onInput={(event) => {
          markSearchStart();
          setActive(-1);
          onQuery((event.currentTarget as HTMLInputElement).value);
        }}
        onKeyDown={onKeyDown}
      />
      {children}
      <div class="hn-results">
        <h2 class="hn-list-title" id={titleId}>
          {listTitle}
        </h2>
        <p class="hn-visually-hidden" role="status">
          {!typed
            ? ''
            : pending
              ? i18n.t('search.searching')
              : i18n.t('search.resultCount', hits.length, [formatNumber(hits.length)])}
        </p>
        {typed && pending ? <p class="hn-muted">{i18n.t('search.searching')}</p> : null}
        {typed && !pending && hits.length === 0 ? (
          <div class="hn-empty" data-testid="no-results">
            <p>
              <strong>{i18n.t('search.noMatch', [query.trim()])}</strong>
            </p>
            <p>{i18n.t('search.noMatchHint')}</p>
          </div>
        ) : null}
        <ul
          ref={listRef}
          id={listId}
          role="listbox"
          aria-labelledby={titleId}
          class="hn-listbox"
          hidden={hits.length === 0}
        >
          {(allShown ? hits : hits.slice(0, FIRST_PAINT_OPTIONS)).map((hit, i) => (
            <li
              key={hit.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              class="hn-option"
              data-entry-id={hit.id}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onChoose(hit.id)}
              onMouseMove={() => i !== active && setActive(i)}
            >
              <span class="hn-option-title">{hit.title}</span>
              <span class="hn-option-category">{categoryLabel(hit.category)}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
