import angular from 'angular';
import { memoryLocationPlugin, servicesPlugin, UIRouter } from '@uirouter/core';
import type { StateDeclaration } from '@uirouter/core';
import { registerAdminPage } from '../../deck/adminRoute';
import { DEFAULT_SORT, NO_FILTER } from './reviewQuery';
import type { ReviewQuery } from './reviewUrl';
import { withReviewQuery } from './reviewUrl';

const FILTERED: ReviewQuery = {
  filter: { text: 'app 03: nightly, $HOME; me@x ä+b', account: '${trigger.parameters.account}', problemsOnly: true },
  sort: { column: 'pipeline', direction: 'descending' },
};

// The admin page's state as registerAdminPage hands it to a released Deck's stateConfig.
function adminState(): StateDeclaration {
  let state: StateDeclaration | undefined;
  const stateConfig = { addToRootState: (added: StateDeclaration) => (state = added) };
  Object.assign(window, { spinnaker: { $injector: { get: () => stateConfig } } });
  registerAdminPage(() => null);
  delete (window as { spinnaker?: unknown }).spinnaker;
  if (!state) throw new Error('registerAdminPage added no state');
  return state;
}

// UI-Router's own URL handling: the location changes, the router syncs to it.
async function routerAt(url: string) {
  const router = new UIRouter();
  router.plugin(servicesPlugin);
  router.plugin(memoryLocationPlugin);
  router.stateRegistry.register(adminState());
  let entered = 0;
  router.transitionService.onEnter({ entering: 'bakeShare' }, () => void entered++);
  router.urlService.listen();
  const settle = async (next: string) => {
    router.urlService.url(next, true);
    await router.globals.transition?.promise.catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  await settle(url);
  return { router, settle, entered: () => entered };
}

describe("Deck's router and the review's URL", () => {
  it('leaves the filters written into the URL alone, without entering the page again', async () => {
    const { router, settle, entered } = await routerAt('/bake-share/review');
    const written = withReviewQuery('#/bake-share/review', FILTERED).slice(1);

    await settle(written);
    expect(router.urlService.url()).toBe(written);
    expect(router.globals.params).toMatchObject({ tab: 'review' });
    await settle('/bake-share/review');
    expect(router.urlService.url()).toBe('/bake-share/review');
    expect(entered()).toBe(1);
  });

  it('opens the review from a filtered link, and builds the page again for the other tab', async () => {
    const { router, settle, entered } = await routerAt(withReviewQuery('#/bake-share/review', FILTERED).slice(1));
    expect(router.globals.params).toMatchObject({ tab: 'review' });
    await settle('/bake-share/setup');
    expect(router.globals.params).toMatchObject({ tab: 'setup' });
    expect(entered()).toBe(2);
  });
});

describe("AngularJS's $location and the review's URL", () => {
  // $location (Deck 0.0.479 and 0.29.x) reads a changed browser URL and writes back its own spelling of it,
  // as a new history entry, when the two differ; the review must write the URL the way $location spells it.
  function $location(): angular.ILocationService {
    const deckLike = [
      '$locationProvider',
      '$provide',
      (locationProvider: angular.ILocationProvider, provide: angular.auto.IProvideService) => {
        locationProvider.hashPrefix('');
        provide.value('$rootElement', angular.element(document.body));
      },
    ];
    return angular.injector(['ng', deckLike]).get('$location');
  }

  it('spells the query as $location does', () => {
    for (const query of [FILTERED, { filter: { ...NO_FILTER, text: '100% sure' }, sort: DEFAULT_SORT }]) {
      window.history.replaceState(null, '', `/${withReviewQuery('#/bake-share/review?keep=a%20b', query)}`);
      const written = window.location.href;
      const location = $location();
      expect(location.absUrl()).toBe(written);
      expect(location.search()).toMatchObject({ keep: 'a b', q: query.filter.text });
    }
  });
});
