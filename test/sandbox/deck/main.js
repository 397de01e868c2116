import './globals.js';
import { module } from 'angular';
import { CORE_MODULE, Registry } from '@spinnaker/core';
import { AMAZON_MODULE } from '@spinnaker/amazon';

// A Deck without an AWS bake stage, to prove the plugin then leaves Deck alone. Run blocks finish before Deck
// loads plugins.
function removeAwsBakeStage() {
  const stageTypes = Registry.pipeline.stageTypes;
  const index = stageTypes.findIndex((stage) => stage.provides === 'bake' && stage.cloudProvider === 'aws');
  if (index >= 0) {
    stageTypes.splice(index, 1);
  }
}

module('netflix.spinnaker', [CORE_MODULE, AMAZON_MODULE]).run([
  () => {
    if (window.sandboxSettings?.withoutAwsBake) {
      removeAwsBakeStage();
    }
  },
]);
