import '@testing-library/jest-dom';
import React from 'react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parse } from 'yaml';
import { CompanionTemplatesPart } from './CompanionTemplatesPart';
import { dropDeckStylesheets } from '../../deck/testing/deckStylesheets';

const TEMPLATES = path.join(__dirname, '../../../rosco-templates');
const FILES = [
  'bake-share-chroot-kms.json',
  'bake-share-chroot.json',
  'bake-share-ebs-kms.json',
  'bake-share-ebs.json',
];
const textOf = (file: string) => readFileSync(path.join(TEMPLATES, file), 'utf8');
const snippet = (title: string) =>
  within(screen.getByRole('region', { name: title })).getByText((_, element) => element?.tagName === 'CODE')
    .textContent ?? '';

interface Answer {
  ok: boolean;
  status: number;
  text(): Promise<string>;
}
const served = (text: string): Answer => ({ ok: true, status: 200, text: () => Promise.resolve(text) });
const missing: Answer = { ok: false, status: 404, text: () => Promise.resolve('') };

// Gate's deck proxy, serving the files from the plugin's folder (jsdom has no fetch of its own).
function serveTemplates(answer: (file: string) => Answer) {
  const fetched: string[] = [];
  (globalThis as { fetch?: unknown }).fetch = jest.fn((url: string) => {
    fetched.push(url);
    return Promise.resolve(answer(url.split('/').pop() ?? ''));
  });
  return fetched;
}

beforeEach(dropDeckStylesheets);
afterEach(() => delete (globalThis as { fetch?: unknown }).fetch);

describe('the companion templates part of the setup page', () => {
  it('offers each file for download from beside the plugin', () => {
    serveTemplates((file) => served(textOf(file)));
    render(<CompanionTemplatesPart />);
    const links = within(screen.getByRole('list', { name: 'Companion template files' })).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(FILES);
    expect(links[3]).toHaveAttribute('href', 'http://gate.test/plugins/deck/bake-share/templates/bake-share-ebs.json');
    expect(links[3]).toHaveAttribute('download', 'bake-share-ebs.json');
  });

  it('puts the files in Halyard’s Rosco profile folder', () => {
    serveTemplates((file) => served(textOf(file)));
    render(<CompanionTemplatesPart />);
    const text = snippet('Halyard: companion templates');
    expect(text).toContain('mkdir -p ~/.hal/default/profiles/rosco/packer\n');
    expect(text).toContain(
      "curl -fsSL -o ~/.hal/default/profiles/rosco/packer/bake-share-ebs.json 'http://gate.test/plugins/deck/bake-share/templates/bake-share-ebs.json'",
    );
    expect(text).toMatch(/hal deploy apply --service-names rosco\n$/);
  });

  it("writes the Operator's files and a ConfigMap with each template exactly as shipped", async () => {
    serveTemplates((file) => served(textOf(file)));
    render(<CompanionTemplatesPart />);
    await screen.findByRole('region', { name: 'Spinnaker Operator: companion templates' });

    const operator = parse(snippet('Spinnaker Operator: companion templates'));
    expect(Object.keys(operator.spec.spinnakerConfig.files)).toEqual(
      FILES.map((file) => `profiles__rosco__packer__${file}`),
    );
    for (const file of FILES)
      expect(operator.spec.spinnakerConfig.files[`profiles__rosco__packer__${file}`]).toBe(textOf(file));

    const [configMap, deployment] = snippet('Kubernetes: ConfigMap for the companion templates')
      .split('\n---\n')
      .map((document) => parse(document));
    expect(configMap).toMatchObject({ kind: 'ConfigMap', metadata: { name: 'bake-share-rosco-templates' } });
    for (const file of FILES) expect(configMap.data[file]).toBe(textOf(file));
    const [rosco] = deployment.spec.template.spec.containers;
    expect(rosco.volumeMounts).toContainEqual({
      name: 'bake-share-rosco-templates',
      mountPath: '/opt/rosco/config/packer/bake-share-ebs.json',
      subPath: 'bake-share-ebs.json',
    });
  });

  it('says why the manifests are missing when Gate does not serve the files', async () => {
    serveTemplates(() => missing);
    render(<CompanionTemplatesPart />);
    expect(await screen.findByText(/could not be read from Gate/)).toHaveTextContent(
      /\(bake-share-chroot-kms.json: HTTP 404\)/,
    );
    expect(screen.queryByRole('region', { name: 'Spinnaker Operator: companion templates' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Halyard: companion templates' })).toBeInTheDocument();
  });

  it('writes the key policy statements for the accounts and organizations given', async () => {
    serveTemplates((file) => served(textOf(file)));
    render(<CompanionTemplatesPart />);
    const user = userEvent.setup({ delay: null });

    await user.type(
      screen.getByRole('textbox', { name: 'Accounts and organizations' }),
      '012345678901 arn:aws:organizations::111122223333:organization/o-exampleorgid prod',
    );

    const statements = JSON.parse(snippet('KMS key policy statements'));
    expect(statements.map((statement: { Sid: string }) => statement.Sid)).toEqual([
      'BakeShareAllowUseAccounts',
      'BakeShareAllowGrantsAccounts',
      'BakeShareAllowUseOrganizations',
      'BakeShareAllowGrantsOrganizations',
    ]);
    expect(statements[0].Principal).toEqual({ AWS: ['arn:aws:iam::012345678901:root'] });
    expect(screen.getByRole('alert')).toHaveTextContent('left out: prod');
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Accounts and organizations' })).toHaveAccessibleDescription(
        /left out: prod/,
      ),
    );
  });
});
