import React from 'react';
import { adminUrl } from '../deck/adminRoute';

export function ShareNotes() {
  return (
    <ul className="help-block bake-share-notes">
      <li>
        AMIs encrypted with the AWS-managed <code>aws/ebs</code> key cannot be shared; use a customer-managed KMS key.
      </li>
      <li>Only the AMI in the bake region is handed to later Deploy stages; copies in other regions are not.</li>
      <li>
        <a href={adminUrl('setup')}>How Rosco must be set up</a> for sharing to work.
      </li>
    </ul>
  );
}
