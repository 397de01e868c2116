import type { IDeckPlugin } from '@spinnaker/core';
import { AdminPageRoute } from './admin/AdminPageRoute';
import { registerAdminPage } from './deck/adminRoute';
import { addSharingDetails } from './deck/bakeExecutionDetails';
import { decorateAwsBakeStage } from './deck/decorateBakeStage';
import { addDeployImageCheck } from './deck/deployImageValidator';
import { shareValidators } from './deck/shareValidators';
import { defineSharingDetailsHost } from './deck/sharingDetailsHost';
import { measuredAsStartup } from './deck/startupTiming';
import { SharingDetailsSection, SharingDisclosure } from './outcome/SharingDetailsSection';
import { LazyStageSharePanel } from './panel/LazyStageSharePanel';

// Each piece is added on its own: one that fails is logged and leaves Deck and the other pieces as they are.
function attempt(what: string, add: () => unknown): void {
  try {
    add();
  } catch (error) {
    console.error(`bake-share: could not add ${what}; Deck is unchanged.`, error);
  }
}

export const plugin: IDeckPlugin = {
  initialize() {
    measuredAsStartup(() => {
      attempt('the share panel', () =>
        decorateAwsBakeStage({ Panel: LazyStageSharePanel, validators: shareValidators() }),
      );
      attempt('the deploy image check', () => {
        if (addDeployImageCheck() === 0) {
          console.warn('bake-share: no Deploy stage is registered in this Deck; deploys are not checked.');
        }
      });
      attempt("the bake's Sharing details", () =>
        addSharingDetails({
          Section: SharingDetailsSection,
          defineHost: () => defineSharingDetailsHost(SharingDisclosure),
        }),
      );
      attempt('the admin page', () => registerAdminPage(AdminPageRoute));
    });
  },
};
