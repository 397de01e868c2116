import { type Finding, quote } from './findings';

// The panel's boxes where text is typed before it is added to a list.
export type EntryBox = 'account' | 'paste' | 'copyRegion' | 'organization';

export interface PendingEntry {
  box: EntryBox;
  text: string;
}

function pendingFinding({ box, text }: PendingEntry): Finding {
  const typed = quote(text.trim());
  if (box === 'copyRegion') {
    const message = `${typed} is typed in the copy region box but not added: pick a region from its list, or clear the box.`;
    return { severity: 'error', field: 'copyRegions', message };
  }
  if (box === 'organization') {
    const message = `${typed} is typed in the organizations box but not added yet: press Enter or Add, or clear the box.`;
    return { severity: 'error', field: 'organizations', message };
  }
  const message =
    box === 'paste'
      ? `The paste box still holds ${typed}, not added yet: choose "Add these accounts", or Cancel.`
      : `${typed} is typed in the account box but not added yet: press Enter or Add, or clear the box.`;
  return { severity: 'error', field: 'accounts', message };
}

// Text left in a box is what the author meant to add; saving without it would drop it silently, so it blocks Save.
export function pendingFindings(entries: readonly PendingEntry[]): Finding[] {
  return entries.filter((entry) => entry.text.trim() !== '').map(pendingFinding);
}

export function unknownRegionFinding(typed: string): Finding {
  const message = `${quote(typed.trim())} is not an AWS region this panel knows; pick a region from the list.`;
  return { severity: 'error', field: 'copyRegions', message };
}
