// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import path from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { TermCard } from '../../../components/card/TermCard';
import { loadGlossary } from '../../../modules/glossary';

const { entries } = loadGlossary(path.resolve(__dirname, '../../..'));
const tetany = entries.find((e) => e.id === 'tetany')!;

afterEach(cleanup);

function renderCard() {
  const onClose = vi.fn();
  const onMore = vi.fn();
  render(
    <TermCard
      state={{ kind: 'ready', entry: tetany }}
      disclaimer="Not medical advice."
      onClose={onClose}
      onMore={onMore}
    />,
  );
  return { onClose, onMore };
}

/** A click as the user's own input would deliver it (`isTrusted` is read-only on real events). */
function trustedClick(target: Element): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

test("a page script's click on the card's buttons closes nothing and opens nothing", () => {
  const { onClose, onMore } = renderCard();
  // fireEvent dispatches untrusted events, as a page calling .click() does.
  for (let i = 0; i < 9; i++) fireEvent.click(screen.getByRole('button', { name: /More about Tetany/u }));
  fireEvent.click(screen.getByRole('button', { name: 'Close' }));
  expect(onMore).not.toHaveBeenCalled();
  expect(onClose).not.toHaveBeenCalled();
  const link = screen.getByRole('link', { name: /^Source:/u });
  expect(fireEvent.click(link), 'the untrusted click on the source link is cancelled').toBe(false);
});

test("the user's own clicks work", () => {
  const { onClose, onMore } = renderCard();
  trustedClick(screen.getByRole('button', { name: /More about Tetany/u }));
  trustedClick(screen.getByRole('button', { name: 'Close' }));
  expect(onMore).toHaveBeenCalledWith('tetany');
  expect(onClose).toHaveBeenCalledOnce();
});
