import '@testing-library/jest-dom';
import React from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AccountService, API } from '@spinnaker/core';
import type { AdminTab } from '../deck/adminRoute';
import AdminPage from './AdminPage';
import { dropDeckStylesheets } from '../deck/testing/deckStylesheets';

type ListAccounts = typeof AccountService.listAccounts;

const setupTab = () => screen.getByRole('tab', { name: 'Rosco setup' });
const reviewTab = () => screen.getByRole('tab', { name: 'Share review' });

// Deck's router answers a new hash by building the page again (UIView remounts it) with the tab the hash names.
let stopRouting = () => undefined as void;
// jsdom fires hashchange in a task of its own.
const routed = () => new Promise((resolve) => setTimeout(resolve, 0));
async function renderAt(tab: AdminTab) {
  window.location.hash = `#/bake-share/${tab}`;
  await routed();
  let page = render(<AdminPage tab={tab} />);
  const route = () => {
    const tabInHash = /^#\/bake-share\/(setup|review)$/.exec(window.location.hash)?.[1] as AdminTab | undefined;
    if (!tabInHash) return;
    page.unmount();
    page = render(<AdminPage tab={tabInHash} />);
  };
  window.addEventListener('hashchange', route);
  stopRouting = () => window.removeEventListener('hashchange', route);
}

beforeEach(() => {
  dropDeckStylesheets();
  jest
    .spyOn(AccountService, 'listAccounts')
    .mockImplementation(() => Promise.resolve([]) as unknown as ReturnType<ListAccounts>);
  jest.spyOn(API, 'one').mockImplementation(() => ({ get: () => new Promise(() => undefined) }));
});

afterEach(async () => {
  stopRouting();
  jest.restoreAllMocks();
  window.location.hash = '';
  await routed();
});

describe('the admin page tabs', () => {
  it('are Bootstrap nav-tabs marked up as a WAI-ARIA tab list, with real links', async () => {
    await renderAt('setup');

    const tablist = screen.getByRole('tablist');
    expect(tablist).toHaveClass('nav', 'nav-tabs');
    expect(setupTab()).toHaveAttribute('href', '#/bake-share/setup');
    expect(reviewTab()).toHaveAttribute('href', '#/bake-share/review');
    expect(setupTab()).toHaveAttribute('aria-selected', 'true');
    expect(reviewTab()).toHaveAttribute('aria-selected', 'false');
    expect(setupTab()).toHaveAttribute('tabindex', '0');
    expect(reviewTab()).toHaveAttribute('tabindex', '-1');

    const panel = screen.getByRole('tabpanel', { name: 'Rosco setup' });
    expect(setupTab()).toHaveAttribute('aria-controls', panel.id);
    expect(panel).toHaveAttribute('aria-labelledby', setupTab().id);
    expect(panel).toHaveTextContent("Rosco's environment");
    const reviewPanel = document.getElementById(reviewTab().getAttribute('aria-controls') ?? '');
    expect(reviewPanel).toHaveAttribute('role', 'tabpanel');
    expect(reviewPanel).toHaveAttribute('aria-labelledby', reviewTab().id);
    expect(reviewPanel).not.toBeVisible();
    expect(screen.getAllByRole('tabpanel')).toEqual([panel]);
    expect(document.activeElement).toBe(document.body);
  });

  it('labels the review panel with its tab when the review is open', async () => {
    await renderAt('review');
    expect(reviewTab()).toHaveAttribute('aria-selected', 'true');
    expect(reviewTab()).toHaveAttribute('tabindex', '0');
    expect(setupTab()).toHaveAttribute('tabindex', '-1');
    expect(screen.getByRole('tabpanel', { name: 'Share review' })).toHaveTextContent('Reading every pipeline');
  });

  it('moves to the next tab with the arrow keys, wrapping, and opens it', async () => {
    const user = userEvent.setup();
    await renderAt('setup');
    setupTab().focus();

    await user.keyboard('{ArrowRight}');
    expect(window.location.hash).toBe('#/bake-share/review');
    await routed();
    expect(reviewTab()).toHaveAttribute('aria-selected', 'true');
    expect(reviewTab()).toHaveFocus();

    await user.keyboard('{ArrowRight}');
    expect(window.location.hash).toBe('#/bake-share/setup');
    await routed();
    expect(setupTab()).toHaveAttribute('aria-selected', 'true');
    expect(setupTab()).toHaveFocus();
  });

  it('moves back with ArrowLeft, wrapping to the last tab, and to either end with Home and End', async () => {
    const user = userEvent.setup();
    await renderAt('setup');
    setupTab().focus();

    await user.keyboard('{ArrowLeft}');
    expect(window.location.hash).toBe('#/bake-share/review');
    await routed();
    expect(reviewTab()).toHaveFocus();
    await user.keyboard('{End}');
    await routed();
    expect(window.location.hash).toBe('#/bake-share/review');
    expect(reviewTab()).toHaveFocus();
    await user.keyboard('{Home}');
    expect(window.location.hash).toBe('#/bake-share/setup');
    await routed();
    expect(setupTab()).toHaveFocus();
    await user.keyboard('{Home}');
    await routed();
    expect(setupTab()).toHaveFocus();
    await user.keyboard('{End}');
    expect(window.location.hash).toBe('#/bake-share/review');
    await routed();
    expect(reviewTab()).toHaveFocus();
  });

  it('leaves keys with modifiers to the browser (Alt+ArrowLeft goes back)', async () => {
    const user = userEvent.setup();
    await renderAt('setup');
    setupTab().focus();

    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    expect(window.location.hash).toBe('#/bake-share/setup');
    expect(setupTab()).toHaveFocus();
  });
});
