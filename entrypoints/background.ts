import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wired up in later features (context menu, commands, badge).
});
