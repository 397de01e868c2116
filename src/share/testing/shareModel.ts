import type { ShareModel } from '../model';

export const shareModel = (overrides: Partial<ShareModel>): ShareModel => ({
  enabled: true,
  accounts: [],
  copyRegions: [],
  organizations: [],
  encrypted: false,
  kmsKeys: {},
  form: 'numbered',
  unparsed: [],
  ...overrides,
});
