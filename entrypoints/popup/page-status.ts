/**
 * Asks the tab's content script what it found. A tab whose content script is not there (browser
 * pages, stores, tabs opened before install) rejects the message; a content script that is still
 * starting can miss the first one, hence the short retry.
 */
import { useEffect, useState } from 'preact/hooks';
import { sendToTab } from '../../utils/messaging/client';
import type { PageStatus } from '../../utils/messaging/protocol';
import { findTargetTab, type TargetTab } from './active-tab';
import { unsupportedReason, type Unsupported } from './unsupported';

export type PageState =
  | { kind: 'loading' }
  | { kind: 'ready'; tab: TargetTab; status: PageStatus }
  | { kind: 'unsupported'; tab: TargetTab | null; reason: Unsupported };

const ATTEMPTS = 3;
const RETRY_MS = 250;

function isPageStatus(value: unknown): value is PageStatus {
  const v = value as PageStatus | null;
  return !!v && typeof v.active === 'boolean' && typeof v.host === 'string' && Array.isArray(v.terms);
}

export async function loadPageState(): Promise<PageState> {
  const tab = await findTargetTab().catch(() => null);
  if (!tab) return { kind: 'unsupported', tab: null, reason: unsupportedReason(undefined) };
  const known = unsupportedReason(tab.url);
  // Do not even ask where the answer is known: a PDF's top frame may still run a content script.
  if (known.kind !== 'unreachable') return { kind: 'unsupported', tab, reason: known };
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      const status = await sendToTab(tab.id, { type: 'page-status' });
      if (isPageStatus(status)) return { kind: 'ready', tab, status };
    } catch {
      // No content script (yet) in that tab.
    }
    if (attempt < ATTEMPTS) await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
  return { kind: 'unsupported', tab, reason: known };
}

export function usePageState(): [PageState, () => void] {
  const [state, setState] = useState<PageState>({ kind: 'loading' });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    void loadPageState().then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, [version]);
  return [state, () => setVersion((v) => v + 1)];
}
