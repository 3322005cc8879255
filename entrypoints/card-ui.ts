/**
 * The hover card's UI (Preact, Floating UI, the card's styles): imported into a frame the first
 * time its content script needs a card, so the many page loads where nobody opens one never
 * parse it (ADR 20).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CardController } from '../components/card/card-controller';
import { provideScript } from '../utils/on-demand/slot';

export default defineUnlistedScript(() => provideScript('card-ui', { CardController }));
