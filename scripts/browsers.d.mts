/** Path of a Chromium that can load unpacked extensions; throws with install instructions. */
export function chromiumExecutable(): string;
/** Path of Firefox (ESR 140+); throws with install instructions. */
export function firefoxExecutable(): string;
