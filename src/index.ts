import type { IDeckPlugin } from '@spinnaker/core';
import { registerHelpTexts } from './deck/help';
import { HELP_TEXTS } from './panel/helpTexts';

export const plugin: IDeckPlugin = {
  initialize() {
    registerHelpTexts(HELP_TEXTS);
  },
};
