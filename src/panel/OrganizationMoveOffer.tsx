import React from 'react';
import { adminUrl } from '../deck/adminRoute';

interface OrganizationMoveOfferProps {
  values: string[];
  // Set while the stage uses a template without organizations: the one moving them switches to.
  companion?: string;
  onMove(): void;
}

export function OrganizationMoveOffer({ values, companion, onMove }: OrganizationMoveOfferProps) {
  if (values.length === 0) return null;
  const them = values.length === 1 ? 'it' : 'them';
  return (
    <div className="bake-share-move-offer" role="status">
      {companion && (
        <p className="help-block">
          Sharing with organizations and OUs needs bake-share&apos;s companion template <code>{companion}</code>, which
          an administrator installs in Rosco: see <a href={adminUrl('setup')}>bake-share&apos;s setup page</a>. Moving{' '}
          {them} switches the stage to it.
        </p>
      )}
      <button type="button" className="btn btn-default btn-sm" onClick={onMove}>
        Move {values.length === 1 ? 'the ARN' : `the ${values.length} ARNs`} to Organizations and OUs
      </button>
    </div>
  );
}
