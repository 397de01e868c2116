import '@testing-library/jest-dom';
import React from 'react';
import angular from 'angular';
import { render, screen, waitFor } from '@testing-library/react';
import { AccountService } from '@spinnaker/core';
import type { IStageTypeConfig } from '@spinnaker/core';
import { SharingDetailsSection, SharingDisclosure } from '../outcome/SharingDetailsSection';
import { BAKED_AMI, childStage, executionOf, sharedRunRoutes, standInGate } from '../outcome/testing/gateStandIn';
import { addSharingDetails } from './bakeExecutionDetails';
import { defineSharingDetailsHost, SHARING_HOST_TAG } from './sharingDetailsHost';
import { AwsBakeExecutionDetails, ExecutionDetailsTasks, StepExecutionDetails } from './testing/deckExecutionDetails';
import { dropDeckStylesheets } from './testing/deckStylesheets';
import { registerStageTypes, restoreDeckStageTypes } from './testing/stageRegistry';

type ListAccounts = typeof AccountService.listAccounts;

const SHARING = { Section: SharingDetailsSection, defineHost: () => defineSharingDetailsHost(SharingDisclosure) };
const DECK_TEMPLATE_URL = 'amazon/src/pipeline/stages/bake/bakeExecutionDetails.html';

const awsBake = (fields: Partial<IStageTypeConfig>) =>
  ({ key: 'awsBake', provides: 'bake', cloudProvider: 'aws', label: 'Bake', ...fields }) as IStageTypeConfig;

beforeEach(() => {
  dropDeckStylesheets();
  jest
    .spyOn(AccountService, 'listAccounts')
    .mockImplementation(() => Promise.resolve([]) as unknown as ReturnType<ListAccounts>);
});

afterEach(() => {
  restoreDeckStageTypes();
  jest.restoreAllMocks();
  delete (window as { spinnaker?: unknown }).spinnaker;
  delete (globalThis as { fetch?: unknown }).fetch;
});

describe('addSharingDetails on Deck main', () => {
  it("2026-08 (Task Status only): adds a Sharing tab after Deck's, which shows the baked AMI when opened", async () => {
    const entry = awsBake({ executionDetailsSections: [ExecutionDetailsTasks] as never });
    registerStageTypes(entry);
    const gate = standInGate(sharedRunRoutes());

    expect(addSharingDetails(SHARING)).toBe(true);
    const sections = entry.executionDetailsSections as unknown as (typeof ExecutionDetailsTasks)[];
    expect(sections.map((section) => section.title)).toEqual(['taskStatus', 'sharing']);
    expect(sections[0]).toBe(ExecutionDetailsTasks);

    const stage = childStage();
    const { rerender } = render(
      <StepExecutionDetails
        detailsSections={sections}
        current="taskStatus"
        stage={stage}
        execution={executionOf(stage)}
      />,
    );
    expect(screen.getByText("Deck's task list")).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(gate.requests).toEqual([]);

    rerender(
      <StepExecutionDetails
        detailsSections={sections}
        current="sharing"
        stage={stage}
        execution={executionOf(stage)}
      />,
    );
    expect((await screen.findAllByText(BAKED_AMI)).length).toBeGreaterThan(0);
    expect(screen.queryByText("Deck's task list")).not.toBeInTheDocument();
  });

  it('from 2026-09: keeps AwsBakeExecutionDetails and ExecutionDetailsTasks first and unchanged, once', () => {
    const entry = awsBake({ executionDetailsSections: [AwsBakeExecutionDetails, ExecutionDetailsTasks] as never });
    registerStageTypes(entry);

    addSharingDetails(SHARING);
    addSharingDetails(SHARING);

    expect(entry.executionDetailsSections).toEqual([
      AwsBakeExecutionDetails,
      ExecutionDetailsTasks,
      SharingDetailsSection,
    ]);
  });
});

describe('addSharingDetails on AngularJS Decks', () => {
  function withAngular() {
    const rootElement = ($provide: angular.auto.IProvideService) => {
      $provide.value('$rootElement', angular.element(document.body));
    };
    rootElement.$inject = ['$provide'];
    const injector = angular.injector(['ng', rootElement]);
    (window as { spinnaker?: unknown }).spinnaker = { $injector: injector };
    const cache = injector.get('$templateCache') as angular.ITemplateCacheService;
    cache.put(DECK_TEMPLATE_URL, '<div class="deck-bake-details">Image {{stage.context.ami}}</div>');
    return injector;
  }

  it("shows Deck's own template unchanged, and the Sharing disclosure after it", async () => {
    const injector = withAngular();
    const entry = awsBake({ templateUrl: 'bakeStage.html', executionDetailsUrl: DECK_TEMPLATE_URL });
    registerStageTypes(entry);

    expect(addSharingDetails(SHARING)).toBe(true);
    expect(entry.executionDetailsSections).toBeUndefined();
    expect(entry.executionDetailsUrl).toBe(`bake-share/${DECK_TEMPLATE_URL}`);

    // What Deck's stepExecutionDetails component does: stage and execution on the scope, ng-include of the URL.
    const host = document.createElement('div');
    document.body.appendChild(host);
    injector.invoke([
      '$compile',
      '$rootScope',
      ($compile: angular.ICompileService, $rootScope: angular.IRootScopeService) => {
        const scope = Object.assign($rootScope.$new(), { stage: childStage(), execution: executionOf(childStage()) });
        host.innerHTML = `<div ng-include="'${entry.executionDetailsUrl}'"></div>`;
        $compile(host)(scope);
        scope.$digest();
      },
    ]);

    await waitFor(() => expect(host.querySelector('.deck-bake-details')).toHaveTextContent(`Image ${BAKED_AMI}`));
    const button = await screen.findByRole('button', { name: 'Sharing' }, { timeout: 3000 });
    expect(host.querySelector(SHARING_HOST_TAG)?.previousElementSibling).toContainElement(
      host.querySelector('.deck-bake-details') as HTMLElement,
    );
    expect(button).toHaveAttribute('aria-expanded', 'false');
    host.remove();
    await waitFor(() => expect(document.querySelector(SHARING_HOST_TAG)).toBeNull());
  });

  it('says nothing of its own in a Deck without the AWS bake stage: the panel names that once', () => {
    registerStageTypes();
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);

    expect(addSharingDetails(SHARING)).toBe(false);
    expect(warn).not.toHaveBeenCalled();
  });

  it('leaves an entry it does not understand alone, with one warning', () => {
    const entry = awsBake({ templateUrl: 'bakeStage.html' });
    registerStageTypes(entry);
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);

    expect(addSharingDetails(SHARING)).toBe(false);
    expect(entry).toEqual(awsBake({ templateUrl: 'bakeStage.html' }));
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
