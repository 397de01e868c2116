import { HelpContentsRegistry } from '@spinnaker/core';

export function registerHelpTexts(texts: Record<string, string>): void {
  Object.entries(texts).forEach(([key, text]) => HelpContentsRegistry.register(key, text));
}
