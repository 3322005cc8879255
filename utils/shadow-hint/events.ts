/**
 * The one signal the page's world sends the page scan (ADR 30): "this document has attached an
 * open shadow root". It carries no data, so a page that sends it itself only makes the scan look
 * for hosts, which is what every page paid before the signal existed.
 */
export const SHADOW_ROOT_EVENT = 'health-notes-shadow-root';
/** The scan asks on start; the page-world watch answers with SHADOW_ROOT_EVENT if it saw one. */
export const SHADOW_ROOT_ASK_EVENT = 'health-notes-shadow-root-ask';
