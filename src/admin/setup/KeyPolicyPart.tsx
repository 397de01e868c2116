import React, { useState } from 'react';
import { keyPolicyGrantees, keyPolicyStatements, parseAccountList } from '../../share';
import { SnippetBlock } from './SnippetBlock';

const INPUT_ID = 'bake-share-key-policy-grantees';

export function KeyPolicyPart() {
  const [text, setText] = useState('');
  const grantees = keyPolicyGrantees(parseAccountList(text));
  const statements = keyPolicyStatements(grantees);
  return (
    <>
      <h4>Key policies</h4>
      <p>
        Each region&apos;s key must let the accounts use it. Give the accounts and organizations the images are shared
        with, and add the statements to the policy of every key the stages name.
      </p>
      <div className="form-group">
        <label htmlFor={INPUT_ID}>Accounts and organizations</label>
        <textarea
          id={INPUT_ID}
          className="form-control input-sm"
          rows={3}
          value={text}
          placeholder="111111111111, arn:aws:organizations::111122223333:organization/o-exampleorgid"
          aria-describedby={`${INPUT_ID}-messages`}
          onChange={(event) => setText(event.target.value)}
        />
        <div id={`${INPUT_ID}-messages`}>
          {grantees.invalid.length > 0 && (
            <p className="error-message" role="alert">
              Not an account ID or an organization or OU ARN, so left out: {grantees.invalid.join(', ')}
            </p>
          )}
        </div>
      </div>
      {statements.length > 0 && (
        <SnippetBlock
          snippet={{
            title: 'KMS key policy statements',
            target: "add to the Statement list of each key's policy",
            language: 'json',
            text: `${JSON.stringify(statements, null, 2)}\n`,
          }}
        />
      )}
    </>
  );
}
