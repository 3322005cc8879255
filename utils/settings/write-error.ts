/**
 * Why a settings write did not happen. Every failed write rejects with one of these, so each
 * place a user acts can say what went wrong in plain words (write-messages.ts) and never show
 * the change as saved.
 */
export type WriteFailure =
  /** The value failed the checks of sanitize.ts; nothing was sent to storage. */
  | 'invalid'
  /** storage.sync's write rate: 120 a minute, 1,800 an hour (Chrome). */
  | 'too-often'
  /** storage.sync's size limits: 8 KB an item, 100 KB in all (Chrome), or Firefox's quota error. */
  | 'too-large'
  /** Anything else the browser rejected (storage disabled, disk errors). */
  | 'refused';

export class SettingsWriteError extends Error {
  override readonly name = 'SettingsWriteError';

  constructor(
    readonly reason: WriteFailure,
    /** For `invalid`, one line per bad field; otherwise the browser's own message. */
    readonly details: readonly string[],
  ) {
    super(`settings not saved (${reason}): ${details.join('; ')}`);
  }
}

/**
 * Chrome names the quota in its message ("This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE
 * quota.", "QUOTA_BYTES_PER_ITEM quota exceeded"); Firefox says "storage.sync API call exceeded
 * its quota limitations" for every sync quota, which are all about size.
 */
export function writeErrorFrom(error: unknown): SettingsWriteError {
  if (error instanceof SettingsWriteError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/WRITE_OPERATIONS_PER_(MINUTE|HOUR)/u.test(message)) return new SettingsWriteError('too-often', [message]);
  if (/QUOTA_BYTES|MAX_ITEMS|quota/iu.test(message)) return new SettingsWriteError('too-large', [message]);
  return new SettingsWriteError('refused', [message]);
}
