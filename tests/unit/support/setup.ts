// Vitest setup file (vitest.config.ts): every unit test sees the English UI messages, as the
// built extension does, so components render real text rather than empty strings.
import { installEnglishMessages } from './i18n';

installEnglishMessages();
