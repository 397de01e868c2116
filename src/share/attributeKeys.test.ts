import { classifyKey, commaKey, isOwnedKey, slotKey, slotKeyPattern } from './attributeKeys';

describe('attribute keys', () => {
  it('spells the keys Rosco templates declare', () => {
    expect(slotKey('accounts', 3)).toBe('share_with_3');
    expect(slotKey('copyRegions', 1)).toBe('copy_to_1');
    expect(commaKey('accounts')).toBe('share_with');
    expect(slotKeyPattern('copyRegions')).toBe('copy_to_N');
  });

  it('classifies owned, look-alike and unrelated keys', () => {
    expect(classifyKey('share_with')).toEqual({ kind: 'comma', list: 'accounts' });
    expect(classifyKey('copy_to_12')).toEqual({ kind: 'numbered', list: 'copyRegions', slot: '12' });
    expect(classifyKey('copy_to_0').kind).toBe('unparsed');
    expect(classifyKey('share_with_1\n').kind).toBe('unparsed');
    expect(classifyKey('share_withhold')).toEqual({ kind: 'other' });
  });

  it('owns only the comma forms and well-numbered slots', () => {
    expect(['share_with', 'copy_to', 'share_with_1', 'copy_to_99'].every(isOwnedKey)).toBe(true);
    expect(['share_with_0', 'share_with_01', 'Share_with_1', 'share_withhold', ''].some(isOwnedKey)).toBe(false);
  });
});
