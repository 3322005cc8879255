/**
 * The entry id in a page address's `#...` (entry.html, popup.html). A fragment that is not
 * valid percent-encoding (`#%E0%A4%A`, from a hand-edited or cut-off link) makes
 * decodeURIComponent throw, which used to leave a blank page; it is read as it stands instead,
 * matches no entry, and the page shows "not found" with the search.
 */
export function entryIdFromHash(hash: string = location.hash): string {
  const whole = hash.startsWith('#') ? hash.slice(1) : hash;
  const raw = whole.endsWith('/foods') ? whole.slice(0, -'/foods'.length) : whole;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** A link to an entry, or to its food table (`#magnesium/foods`); ids are kebab-case, never "/". */
export function entryHref(id: string, section?: 'foods'): string {
  return `#${encodeURIComponent(id)}${section ? `/${section}` : ''}`;
}

export function entrySectionFromHash(hash: string = location.hash): 'foods' | undefined {
  return hash.endsWith('/foods') ? 'foods' : undefined;
}

/** What to focus when an entry opens: its food table when the link asked for it, else its title. */
export function focusEntryTarget(entryId: string, hash: string = location.hash): void {
  const foods = entrySectionFromHash(hash) ? document.getElementById(`entry-${entryId}-foods`) : null;
  (foods ?? document.getElementById('entry-title'))?.focus();
}
