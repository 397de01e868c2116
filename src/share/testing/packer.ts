import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type PackerTemplate = {
  variables: Record<string, string | null>;
  builders: Array<Record<string, unknown>>;
  provisioners: unknown[];
};

export const TEMPLATES_DIR = path.resolve(__dirname, '../../../rosco-templates');

export function readTemplate(file: string): PackerTemplate {
  return JSON.parse(readFileSync(path.join(TEMPLATES_DIR, file), 'utf8')) as PackerTemplate;
}

const workDir = mkdtempSync(path.join(tmpdir(), 'bake-share-packer-'));
// The templates' provisioner runs Rosco's install_packages.sh from configDir, and packer validate checks it exists.
writeFileSync(path.join(workDir, 'install_packages.sh'), '#!/bin/sh\n');
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

// What Rosco's AWSBakeHandler and CloudProviderBakeHandler pass for a bake in us-east-1, then every extended attribute,
// each as -var key=value with empty values left out and values trimmed (LocalJobFriendlyPackerCommandFactory).
export function roscoVariables(extendedAttributes: Record<string, string>, region = 'us-east-1'): string[] {
  const parameters: Record<string, string> = {
    aws_region: region,
    aws_instance_type: 't3.small',
    aws_source_ami: 'ami-0abcdef1234567890',
    aws_target_ami: 'app-1.0.0-h12.abc1234-x8664-202612011200-ubuntu',
    aws_ssh_username: 'ubuntu',
    repository: 'https://repository.example.com/apt',
    package_type: 'deb',
    packages: 'app',
    configDir: workDir,
    appversion: 'app-1.0.0-h12.abc1234',
    build_host: 'https://jenkins.example.com/',
    build_info_url: 'https://jenkins.example.com/job/app/12/',
    ...extendedAttributes,
  };
  return Object.entries(parameters)
    .filter(([, value]) => value.trim() !== '')
    .flatMap(([key, value]) => ['-var', `${key}=${value.trim()}`]);
}

export interface PackerResult {
  status: number | null;
  output: string;
  errors: string[];
}

let written = 0;

export function packerValidate(template: PackerTemplate, variables: string[]): PackerResult {
  const file = path.join(workDir, `template-${++written}.json`);
  writeFileSync(file, JSON.stringify(template));
  const run = spawnSync(process.env.PACKER ?? 'packer', ['validate', ...variables, file], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: workDir, CHECKPOINT_DISABLE: '1' },
  });
  if (run.error) throw new Error(`packer could not be run (${run.error.message}); install Debian's packer`);
  const output = `${run.stdout}${run.stderr}`;
  const errors = output
    .replace(/\n(?![ \t]*\*|\n)/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('* '))
    .map((line) => line.slice(2).replace(/\s+/g, ' '));
  return { status: run.status, output, errors };
}
