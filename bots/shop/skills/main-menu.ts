import type { DraftChoice } from '../../../dialogs/engine/reply-draft.js';

/** The buttons offered after a greeting or when the bot did not understand. */
export const mainMenu: DraftChoice[] = [
  { labelKey: 'menu.checkOrder', payload: 'menu:order' },
  { labelKey: 'menu.browse', payload: 'menu:products' },
];
