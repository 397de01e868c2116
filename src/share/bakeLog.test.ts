import { bakeLogText, createdAmis } from './bakeLog';

// The end of a real amazon-ebs build that copied to two regions, as Rosco stores Packer's output (-color=false).
const SUCCESS = [
  '==> amazon-ebs: Creating AMI demo-all-20260821153000-bionic from instance i-0f3b8c2d9e1a47b65',
  '==> amazon-ebs: AMI: ami-0c5e2f8a91b7d3e46',
  '==> amazon-ebs: Copying/Encrypting AMI (ami-0c5e2f8a91b7d3e46) to other regions...',
  '==> amazon-ebs: Copying to: eu-west-1',
  '==> amazon-ebs: Copying to: eu-central-1',
  '==> amazon-ebs: Modifying attributes on AMI (ami-0e19b7c4d2a85f360)...',
  '==> amazon-ebs: Modifying: users',
  "Build 'amazon-ebs' finished after 9 minutes 38 seconds.",
  '',
  '==> Wait completed after 9 minutes 38 seconds',
  '',
  '==> Builds finished. The artifacts of successful builds are:',
  '--> amazon-ebs: AMIs were created:',
  'eu-central-1: ami-0a6f3c81e9d72b45d',
  'eu-west-1: ami-0e19b7c4d2a85f360',
  'us-east-1: ami-0c5e2f8a91b7d3e46',
  '',
].join('\n');

const EXPECTED = [
  { region: 'eu-central-1', imageId: 'ami-0a6f3c81e9d72b45d' },
  { region: 'eu-west-1', imageId: 'ami-0e19b7c4d2a85f360' },
  { region: 'us-east-1', imageId: 'ami-0c5e2f8a91b7d3e46' },
];

describe('bakeLogText', () => {
  it("unwraps Gate's <pre> body, sent as text", () => {
    expect(bakeLogText(`<pre>${SUCCESS}</pre>`)).toBe(SUCCESS);
  });

  it('unwraps the JSON-quoted string Gate sends for Accept: application/json or */*', () => {
    expect(bakeLogText(JSON.stringify(`<pre>${SUCCESS}</pre>`))).toBe(SUCCESS);
  });

  it('keeps a bare log, and gives nothing for a body that is not text', () => {
    expect(bakeLogText(SUCCESS)).toBe(SUCCESS);
    expect(bakeLogText('"quoted start, not JSON')).toBe('"quoted start, not JSON');
    expect(bakeLogText({ logsContent: SUCCESS })).toBe('');
  });
});

describe('createdAmis', () => {
  it('reads the AMI of every region from the summary Packer prints', () => {
    expect(createdAmis(SUCCESS)).toEqual(EXPECTED);
  });

  it('reads it through colour codes and -timestamp-ui prefixes', () => {
    const coloured = SUCCESS.split('\n')
      .map((line) => `2026-08-21T15:39:38Z: \u001b[1;32m${line}\u001b[0m`)
      .join('\r\n');
    expect(createdAmis(coloured)).toEqual(EXPECTED);
  });

  it('reads the summary of a chroot build, and of Packer 1.13 and older', () => {
    const chroot = SUCCESS.replace('--> amazon-ebs:', '--> amazon-chroot:').replace(
      /==> amazon-ebs:/g,
      '    amazon-ebs:',
    );
    expect(createdAmis(chroot)).toEqual(EXPECTED);
  });

  it('takes no AMI from lines outside the summary, such as "AMI:" or a failed build', () => {
    const failed = [
      '==> amazon-ebs: AMI: ami-0c5e2f8a91b7d3e46',
      "Build 'amazon-ebs' errored after 10 minutes: Error modify AMI attributes: InvalidAMIAttributeItemValue",
      '==> Builds finished but no artifacts were created.',
      'us-east-1: ami-0c5e2f8a91b7d3e46',
    ].join('\n');
    expect(createdAmis(failed)).toEqual([]);
    expect(createdAmis('')).toEqual([]);
  });

  it('stops at the first line after the summary that is not a region', () => {
    expect(createdAmis(`${SUCCESS}\nnot a region line\nap-south-1: ami-0123456789abcdef0`)).toEqual(EXPECTED);
  });
});
