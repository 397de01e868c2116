import { HelpContentsRegistry, Registry } from '@spinnaker/core';
import type { IStageTypeConfig } from '@spinnaker/core';
import { plugin } from './index';
import { HELP_TEXTS } from './panel/helpTexts';

const pipelineRegistry = Registry.pipeline as unknown as { stageTypes: unknown };
const deckStageTypes = pipelineRegistry.stageTypes;

function quietConsole() {
  return {
    warn: jest.spyOn(console, 'warn').mockImplementation(() => undefined),
    error: jest.spyOn(console, 'error').mockImplementation(() => undefined),
  };
}

afterEach(() => {
  Object.defineProperty(pipelineRegistry, 'stageTypes', {
    value: deckStageTypes,
    writable: true,
    enumerable: true,
    configurable: true,
  });
  jest.restoreAllMocks();
});

describe('plugin.initialize', () => {
  it('leaves the help texts to the panel, which registers them when it loads', () => {
    quietConsole();
    plugin.initialize?.(plugin);
    Object.keys(HELP_TEXTS).forEach((key) => expect(HelpContentsRegistry.getHelpField(key)).toBeNull());
  });

  it("warns instead of failing when Deck's stage list is not a list", () => {
    const { warn } = quietConsole();
    pipelineRegistry.stageTypes = { bake: { provides: 'bake', cloudProvider: 'aws' } };

    expect(() => plugin.initialize?.(plugin)).not.toThrow();

    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/AWS Bake stage is not registered/));
  });

  it('logs instead of failing when the bake stage cannot be decorated', () => {
    const { error } = quietConsole();
    const frozenEntry = Object.freeze({ provides: 'bake', cloudProvider: 'aws', templateUrl: 'x.html' });
    pipelineRegistry.stageTypes = [frozenEntry as IStageTypeConfig];

    expect(() => plugin.initialize?.(plugin)).not.toThrow();

    expect(error).toHaveBeenCalledWith(expect.stringMatching(/^bake-share: /), expect.any(TypeError));
  });

  it("logs instead of failing when Deck's pipeline registry throws", () => {
    const { error } = quietConsole();
    const broken = new Error('registry is gone');
    Object.defineProperty(pipelineRegistry, 'stageTypes', {
      configurable: true,
      get: () => {
        throw broken;
      },
    });

    expect(() => plugin.initialize?.(plugin)).not.toThrow();

    expect(error).toHaveBeenCalledWith(expect.stringMatching(/^bake-share: /), broken);
  });
});
