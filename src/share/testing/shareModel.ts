import type { ShareModel } from '../model';

export const shareModel = (overrides: Partial<ShareModel>): ShareModel => ({
  enabled: true,
  accounts: [],
  copyRegions: [],
  form: 'numbered',
  unparsed: [],
  ...overrides,
});
