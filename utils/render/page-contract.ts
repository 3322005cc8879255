/**
 * Names the page can see. They are a public contract (README "For site authors"):
 * changing one is a breaking change for user styles and sites that opt out.
 */
export const HIGHLIGHT_NAME = {
  /** Default style: dotted underline. */
  underline: 'health-notes-term',
  /** "Background" style: a soft fill. */
  background: 'health-notes-term-bg',
  /** The term the keyboard navigation is on. */
  focus: 'health-notes-focus',
} as const;

/** Put `data-health-notes="off"` on an element to keep its subtree free of highlights. */
export const OPT_OUT_ATTRIBUTE = 'data-health-notes';
export const OPT_OUT_VALUE = 'off';

/** Wrap mode's element; `data-health-term` holds the glossary entry id. */
export const WRAPPER_TAG = 'health-note';
export const WRAPPER_TERM_ATTRIBUTE = 'data-health-term';

/** The shadow host of the extension's own in-page UI (hover card, announcements). */
export const UI_HOST_TAG = 'health-notes-ui';
