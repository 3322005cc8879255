/**
 * The entry id in a page address's `#...` (entry.html, popup.html). A fragment that is not
 * valid percent-encoding (`#%E0%A4%A`, from a hand-edited or cut-off link) makes
 * decodeURIComponent throw, which used to leave a blank page; it is read as it stands instead,
 * matches no entry, and the page shows "not found" with the search.
 */
export function entryIdFromHash(hash: string = location.hash): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
