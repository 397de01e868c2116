import React, { useEffect, useMemo, useState } from 'react';
import { companionTemplateFiles, readCompanionTemplates } from '../../deck/companionTemplates';
import { KeyPolicyPart } from './KeyPolicyPart';
import { SnippetBlock } from './SnippetBlock';
import { configMapTemplatesSnippet, halyardTemplatesSnippet, operatorTemplatesSnippet } from './snippets';
import type { TemplateText } from './snippets';

type Texts = { state: 'loading' } | { state: 'ready'; templates: TemplateText[] } | { state: 'failed'; reason: string };

const WHAT_EACH_IS: Record<string, string> = {
  'bake-share-ebs.json': "amazon-ebs, beside Rosco's aws-multi-ebs.json",
  'bake-share-chroot.json': "amazon-chroot, beside Rosco's aws-multi-chroot.json",
  'bake-share-ebs-kms.json': 'amazon-ebs, encrypted with customer-managed KMS keys',
  'bake-share-chroot-kms.json': 'amazon-chroot, encrypted with customer-managed KMS keys',
};

function useTemplateTexts(files: ReturnType<typeof companionTemplateFiles>): Texts {
  const [texts, setTexts] = useState<Texts>({ state: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    readCompanionTemplates(files, controller.signal).then(
      (templates) => !controller.signal.aborted && setTexts({ state: 'ready', templates }),
      (error: Error) => !controller.signal.aborted && setTexts({ state: 'failed', reason: error.message }),
    );
    return () => controller.abort();
  }, [files]);
  return texts;
}

export function CompanionTemplatesPart() {
  const files = useMemo(companionTemplateFiles, []);
  const texts = useTemplateTexts(files);
  return (
    <section className="bake-share-companion-templates" aria-labelledby="bake-share-companion-templates">
      <h3 id="bake-share-companion-templates">Companion templates</h3>
      <p>
        Rosco&apos;s multi templates take 10 accounts and 5 copy regions, and nothing else. bake-share&apos;s companion
        templates keep what they do and add: 50 accounts and 15 copy regions; sharing with 5 organizations and 20 OUs;
        sharing the snapshots; and encryption with a customer-managed KMS key in each region (the AWS-managed key cannot
        be shared). Unused slots add nothing, so they need no Rosco defaults. The panel switches a stage to them only
        when it needs one of these.
      </p>
      <ul className="bake-share-template-downloads" aria-label="Companion template files">
        {files.map(({ file, url }) => (
          <li key={file}>
            <a href={url} download={file}>
              {file}
            </a>{' '}
            <span className="text-muted">{WHAT_EACH_IS[file] ?? ''}</span>
          </li>
        ))}
      </ul>
      <SnippetBlock snippet={halyardTemplatesSnippet(files)} />
      {texts.state === 'ready' && (
        <>
          <SnippetBlock snippet={operatorTemplatesSnippet(texts.templates)} />
          <SnippetBlock snippet={configMapTemplatesSnippet(texts.templates)} />
        </>
      )}
      {texts.state === 'loading' && <p className="help-block">Reading the template files for the manifests…</p>}
      {texts.state === 'failed' && (
        <p className="warning-message" role="status">
          The template files could not be read from Gate ({texts.reason}), so the Operator and ConfigMap snippets are
          not shown. The files are also in the plugin repository, beside plugins.json.
        </p>
      )}
      <KeyPolicyPart />
    </section>
  );
}
