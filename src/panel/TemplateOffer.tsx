import React from 'react';
import { adminUrl } from '../deck/adminRoute';

interface TemplateOfferProps {
  // The companion template this stage could use, while it uses a stock one.
  companion?: string;
  // The stock template this stage could go back to, while it uses a companion one that it no longer needs.
  stockTwin?: string;
  onUse(template: string): void;
}

function SetupLink() {
  return <a href={adminUrl('setup')}>bake-share&apos;s setup page</a>;
}

export function TemplateOffer({ companion, stockTwin, onUse }: TemplateOfferProps) {
  if (companion) {
    return (
      <p className="help-block bake-share-template-offer">
        Organizations and OUs, shared snapshots, KMS keys, and more than this template&apos;s slots need
        bake-share&apos;s companion template <code>{companion}</code>, which an administrator installs in Rosco (
        <SetupLink />
        ).{' '}
        <button type="button" className="btn btn-link btn-sm" onClick={() => onUse(companion)}>
          Use {companion}
        </button>
      </p>
    );
  }
  if (stockTwin) {
    return (
      <p className="help-block bake-share-template-offer">
        Nothing here needs the companion template any more.{' '}
        <button type="button" className="btn btn-link btn-sm" onClick={() => onUse(stockTwin)}>
          Use Rosco&apos;s {stockTwin} again
        </button>
      </p>
    );
  }
  return null;
}
