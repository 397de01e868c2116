import '@testing-library/jest-dom';
import React, { useEffect } from 'react';
import { render, screen } from '@testing-library/react';
import { Markdown, Registry } from '@spinnaker/core';
import type { IStage, IStageConfigProps, IStageTypeConfig, IValidatorConfig } from '@spinnaker/core';
import type { BakeStagePanelProps } from './decorateBakeStage';
import { decorateAwsBakeStage } from './decorateBakeStage';
import { draftKey, saveDraft } from './entryDrafts';
import { shareValidators } from './shareValidators';
import type { CustomValidator } from './testing/stageRegistry';
import { registerStageTypes, restoreDeckStageTypes } from './testing/stageRegistry';
import { dropDeckStylesheets } from './testing/deckStylesheets';

const AWS_BAKE_STAGE = { type: 'bake', cloudProviderType: 'aws' } as unknown as IStage;

function angularBakeEntry(): IStageTypeConfig {
  return {
    key: 'awsBake',
    provides: 'bake',
    cloudProvider: 'aws',
    templateUrl: 'x.html',
    validators: [{ type: 'requiredField', fieldName: 'package' }],
  } as IStageTypeConfig;
}

function SharePanelStub({ deckEdits }: BakeStagePanelProps) {
  return (
    <p>
      Share panel, Deck edits the template: {String(deckEdits.template)}, the attributes:{' '}
      {String(deckEdits.extendedAttributes)}
    </p>
  );
}

const decorate = () => decorateAwsBakeStage({ Panel: SharePanelStub, validators: shareValidators() });

function shareValidatorOf(entry: IStageTypeConfig): CustomValidator {
  return entry.validators?.find((validator) => validator.type === 'custom') as CustomValidator;
}

beforeEach(() => {
  dropDeckStylesheets();
});

afterEach(() => {
  restoreDeckStageTypes();
  jest.restoreAllMocks();
});

describe('decorateAwsBakeStage on the AngularJS bake stage of released Decks', () => {
  it('adds a component and the share validator, keeping the template and the original validators', () => {
    const entry = angularBakeEntry();
    registerStageTypes({ key: 'bake', label: 'Bake' } as IStageTypeConfig, entry);

    expect(decorate()).toBe(true);

    expect(entry.component).toEqual(expect.any(Function));
    expect(entry.templateUrl).toBe('x.html');
    expect(entry.validators).toEqual([
      { type: 'requiredField', fieldName: 'package' },
      expect.objectContaining({ type: 'custom', preventSave: true }),
    ]);
  });

  it("clears Deck's memoized stage config so later lookups see the component", () => {
    const entry = angularBakeEntry();
    registerStageTypes(entry);
    expect(Registry.pipeline.getStageConfig(AWS_BAKE_STAGE).component).toBeUndefined();

    decorate();

    expect(Registry.pipeline.getStageConfig(AWS_BAKE_STAGE).component).toBe(entry.component);
  });
});

describe('decorateAwsBakeStage on the React bake stage of Deck main', () => {
  const mounts = jest.fn();
  function DeckBakeForm({ stage }: IStageConfigProps) {
    useEffect(() => mounts(), []);
    return <p>Deck bake form for {stage.package}</p>;
  }

  function decoratedReactEntry(): IStageTypeConfig {
    const entry = { key: 'awsBake', provides: 'bake', cloudProvider: 'aws', component: DeckBakeForm };
    registerStageTypes(entry as IStageTypeConfig);
    decorate();
    return entry as IStageTypeConfig;
  }

  const stageProps = (stage: object) => ({ stage, updateStageField: jest.fn() }) as unknown as IStageConfigProps;

  it("renders Deck's own form first and the share panel below it, leaving what Deck edits to the rendered form", () => {
    const Decorated = decoratedReactEntry().component as React.ComponentType<IStageConfigProps>;

    render(<Decorated {...stageProps({ ...AWS_BAKE_STAGE, package: 'nginx' })} />);

    const form = screen.getByText('Deck bake form for nginx');
    const panel = screen.getByText('Share panel, Deck edits the template: false, the attributes: false');
    expect(form.compareDocumentPosition(panel) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('keeps one wrapper, so Deck re-reading the registry does not remount the form', () => {
    mounts.mockClear();
    const entry = decoratedReactEntry();
    const lookUp = () =>
      Registry.pipeline.getStageTypes().find((stageType) => stageType.key === 'awsBake')
        ?.component as React.ComponentType<IStageConfigProps>;
    const FirstLookUp = lookUp();

    const { rerender } = render(<FirstLookUp {...stageProps({ ...AWS_BAKE_STAGE, package: 'nginx' })} />);
    const SecondLookUp = lookUp();
    rerender(<SecondLookUp {...stageProps({ ...AWS_BAKE_STAGE, package: 'redis' })} />);

    expect(SecondLookUp).toBe(entry.component);
    expect(screen.getByText('Deck bake form for redis')).toBeInTheDocument();
    expect(mounts).toHaveBeenCalledTimes(1);
  });
});

describe('decorateAwsBakeStage keeping what the stage already checks', () => {
  it("turns a stage's own validateFn into a validator, since Deck ignores validateFn once validators exist", async () => {
    const validateFn = jest.fn(() => ({ package: 'Package is required.', nested: { regions: 'Pick a region.' } }));
    const entry = { key: 'awsBake', provides: 'bake', cloudProvider: 'aws', component: () => null, validateFn };
    registerStageTypes(entry as unknown as IStageTypeConfig);
    decorate();

    const [own, ...share] = (entry as unknown as { validators: IValidatorConfig[] }).validators;
    const message = await (own as unknown as { validate: (pipeline: object, stage: object) => unknown }).validate(
      { id: 'p' },
      AWS_BAKE_STAGE,
    );

    expect(message).toBe('Package is required. Pick a region.');
    expect(validateFn).toHaveBeenCalledWith(AWS_BAKE_STAGE, { pipeline: { id: 'p' } });
    expect(share).toHaveLength(shareValidators().length);
  });

  it("shows a notice instead of the panel when the panel fails, leaving Deck's form in place", () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    function BrokenPanel(): React.ReactElement {
      throw new Error('chunk failed to load');
    }
    function DeckForm() {
      return <p>Deck bake form</p>;
    }
    const entry = { key: 'awsBake', provides: 'bake', cloudProvider: 'aws', component: DeckForm };
    registerStageTypes(entry as IStageTypeConfig);
    decorateAwsBakeStage({ Panel: BrokenPanel, validators: [] });
    const Decorated = entry.component as React.ComponentType<IStageConfigProps>;

    render(<Decorated {...({ stage: AWS_BAKE_STAGE, updateStageField: jest.fn() } as unknown as IStageConfigProps)} />);

    expect(screen.getByText('Deck bake form')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('could not be shown');
    jest.restoreAllMocks();
  });
});

describe('decorateAwsBakeStage without an AWS bake stage', () => {
  it('warns once and changes nothing', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const stageTypes = [
      { key: 'bake', label: 'Bake' },
      { key: 'gceBake', provides: 'bake', cloudProvider: 'gce', templateUrl: 'gce.html' },
    ] as IStageTypeConfig[];
    const before = JSON.parse(JSON.stringify(stageTypes));
    registerStageTypes(...stageTypes);

    expect(decorate()).toBe(false);

    expect(warn).toHaveBeenCalledTimes(1);
    expect(stageTypes).toEqual(before);
  });

  it('warns once when the AWS bake stage has neither a template nor a component', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const entry = { key: 'awsBake', provides: 'bake', cloudProvider: 'aws' } as IStageTypeConfig;
    registerStageTypes(entry);

    expect(decorate()).toBe(false);

    expect(warn).toHaveBeenCalledTimes(1);
    expect(entry).toEqual({ key: 'awsBake', provides: 'bake', cloudProvider: 'aws' });
  });
});

describe('the share validator added to the bake stage', () => {
  let validate: CustomValidator['validate'];

  beforeEach(() => {
    const entry = angularBakeEntry();
    registerStageTypes(entry);
    decorate();
    validate = shareValidatorOf(entry).validate;
  });

  const sharingStage = (extendedAttributes: unknown, fields: object = {}) => ({
    ...AWS_BAKE_STAGE,
    regions: ['us-east-1'],
    templateFileName: 'aws-multi-ebs.json',
    extendedAttributes,
    ...fields,
  });

  it('names the value that blocks saving', async () => {
    const message = (await validate({}, sharingStage({ share_with_1: '12345678901' })))!;

    expect(message).toMatch(/^Share with accounts: /);
    expect(message).toContain("'12345678901' has 11 digits");
  });

  it('blocks saving while text typed in the panel is not added, and only while the stage shares', async () => {
    const pipeline = { id: 'pipeline-1' };
    const stage = sharingStage({ share_with_1: '012345678901' }, { refId: '3' });
    saveDraft(draftKey(pipeline, stage), 'account', '333333333333');

    expect(await validate(pipeline, stage)).toMatch(/'333333333333' is typed in the account box but not added yet/);
    expect(await validate({ id: 'another pipeline' }, stage)).toBeNull();
    expect(await validate(pipeline, { ...AWS_BAKE_STAGE, refId: '3', extendedAttributes: {} })).toBeNull();

    saveDraft(draftKey(pipeline, stage), 'account', ' ');
    expect(await validate(pipeline, stage)).toBeNull();
  });

  it('passes a stage whose share settings are valid', async () => {
    expect(await validate({}, sharingStage({ share_with_1: '012345678901', copy_to_1: 'eu-west-1' }))).toBeNull();
    expect(await validate({}, { ...AWS_BAKE_STAGE, extendedAttributes: { aws_vpc_id: 'vpc-0abc1234' } })).toBeNull();
  });

  it('shows a value containing HTML as text where Deck renders the message', async () => {
    const message = (await validate({}, sharingStage({ share_with_1: '<img src=x onerror=alert(1)>' }))) as string;

    render(<Markdown message={message} />);

    expect(screen.getByText(/'<img src=x onerror=alert\(1\)>'/)).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  it.each([
    ['extendedAttributes null', sharingStage(null)],
    ['extendedAttributes a number', sharingStage(42)],
    ['extendedAttributes an array', sharingStage(['share_with_1', '12345678901'])],
    ['attribute values that are not text', sharingStage({ share_with_1: 123456789012, copy_to_1: { region: 'x' } })],
    ['a template that is not text', sharingStage({ share_with_1: '012345678901' }, { templateFileName: 42 })],
    ['regions that are not a list', sharingStage({ copy_to_1: 'eu-west-1' }, { regions: 'us-east-1' })],
    ['no fields at all', {}],
  ])('never throws for a stage with %s', async (_junk, stage) => {
    const error = jest.spyOn(console, 'error');

    await expect(validate({}, stage)).resolves.not.toBeUndefined();
    expect(error).not.toHaveBeenCalled();
  });
});
