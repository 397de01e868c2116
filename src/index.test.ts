import { HelpContentsRegistry } from '@spinnaker/core';
import { plugin } from './index';
import { HELP_TEXTS } from './panel/helpTexts';

describe('plugin.initialize', () => {
  it("registers every help text with Deck's help registry", () => {
    plugin.initialize?.(plugin);
    Object.keys(HELP_TEXTS).forEach((key) => expect(HelpContentsRegistry.getHelpField(key)).toBe(HELP_TEXTS[key]));
  });
});
