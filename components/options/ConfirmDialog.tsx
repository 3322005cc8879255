/**
 * An in-page confirmation (never window.confirm, which blocks the page and cannot be styled or
 * tested). A modal <dialog>: focus moves in, stays in, Esc cancels, and the browser returns
 * focus to the button that opened it.
 */
import { i18n } from '#i18n';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ open, title, body, confirmLabel, onConfirm, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) {
      el.showModal();
      // The safe choice has focus, so a stray Enter does not destroy anything.
      cancel.current?.focus();
    } else if (!open && el.open) {
      el.close();
    }
  }, [open]);

  return (
    <dialog
      ref={dialog}
      class="hn-dialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="confirm-title">{title}</h2>
      <p id="confirm-body">{body}</p>
      <div class="hn-row hn-end">
        <button type="button" class="hn-button" ref={cancel} onClick={onCancel}>
          {i18n.t('options.cancel')}
        </button>
        <button type="button" class="hn-button hn-danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
