import { useState } from 'react';
import type { EntryBox, Finding } from '../share';
import { pendingFindings } from '../share';

export interface EntryBoxMessages {
  // What to show beside the box: why its text was refused, else that it was left without adding.
  messages: Finding[];
  invalid: boolean;
  refuse(findings: Finding[]): void;
  edited(): void;
  left(): void;
}

// Text still being typed is not yet "left unadded": saying so on every keystroke would be noise, so that message
// waits until the box is left (or shows at once for text kept from an earlier visit).
export function useEntryBox(box: EntryBox, text: string): EntryBoxMessages {
  const [refusals, setRefusals] = useState<Finding[]>([]);
  const [wasLeft, setWasLeft] = useState(text.trim() !== '');
  const messages = refusals.length > 0 ? refusals : wasLeft ? pendingFindings([{ box, text }]) : [];
  return {
    messages,
    invalid: messages.some((finding) => finding.severity === 'error'),
    refuse: setRefusals,
    edited: () => {
      setRefusals([]);
      setWasLeft(false);
    },
    left: () => setWasLeft(true),
  };
}
