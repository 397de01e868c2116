import * as core from '@spinnaker/core';
import type React from 'react';
import { deckService } from './angularScope';

export const ADMIN_TABS = ['setup', 'review'] as const;
export type AdminTab = (typeof ADMIN_TABS)[number];

export const adminUrl = (tab: AdminTab): string => `#/bake-share/${tab}`;

interface RootStateProvider {
  addToRootState(state: object): void;
}

type RegisterRootState = (register: (provider: RootStateProvider) => void) => void;

// Deck main exports registerRootState; released Decks (0.0.479, 2025) have none, but their AngularJS
// stateConfig provider returns itself from $get, so the injector hands out the same addToRootState.
function rootStateProvider(): ((state: object) => void) | undefined {
  const registerRootState = (core as unknown as { registerRootState?: RegisterRootState }).registerRootState;
  if (typeof registerRootState === 'function') {
    return (state) => registerRootState((provider) => provider.addToRootState(state));
  }
  const stateConfig = deckService<RootStateProvider>('stateConfig');
  return stateConfig ? (state) => stateConfig.addToRootState(state) : undefined;
}

export function registerAdminPage(component: React.ComponentType<{ tab: AdminTab }>): boolean {
  const addToRootState = rootStateProvider();
  if (!addToRootState) {
    console.warn('bake-share: this Deck offers no way to add a page; the admin page is not available.');
    return false;
  }
  addToRootState({
    name: 'bakeShare',
    url: `/bake-share/{tab:${ADMIN_TABS.join('|')}}`,
    params: { tab: { value: 'setup', squash: true } },
    views: { 'main@': { component, $type: 'react' } },
    resolve: [
      { token: 'tab', deps: ['$transition$'], resolveFn: (transition: TabTransition) => transition.params().tab },
    ],
    data: { pageTitleMain: { label: 'bake-share' } },
  });
  return true;
}

interface TabTransition {
  params(): { tab: AdminTab };
}
