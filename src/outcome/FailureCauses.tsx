import React from 'react';
import type { BakeFailure } from '../share/bakeFailures';
import type { BakeLogRead } from '../deck/bakeLogReads';
import type { Read } from './useRunOutcome';
import { adminUrl } from '../deck/adminRoute';

interface FailureCausesProps {
  log: Read<BakeLogRead>;
  failures: BakeFailure[];
}

function LogState({ log }: Pick<FailureCausesProps, 'log'>) {
  if (log.state === 'reading') return <p role="status">Reading the bake log…</p>;
  if (log.state === 'unavailable') {
    return <p>The bake log could not be read ({log.reason}), so the cause cannot be named here.</p>;
  }
  if (log.state === 'idle') return <p>Rosco recorded no bake for this stage, so there is no log to read.</p>;
  return <p>The bake log names no sharing or copying failure bake-share knows; Deck&apos;s Bakery Details show it.</p>;
}

export function FailureCauses({ log, failures }: FailureCausesProps) {
  return (
    <div className="bake-share-failure">
      <h6>Why the bake failed</h6>
      {failures.length === 0 ? (
        <LogState log={log} />
      ) : (
        <ul className="list-unstyled">
          {failures.map((failure) => (
            <li key={failure.cause} className="alert alert-danger">
              <p>{failure.message}</p>
              {failure.cause === 'default-account-unset' ? (
                <p>
                  <a href={adminUrl('setup')}>Open bake-share&apos;s Rosco setup</a>
                </p>
              ) : null}
              <p>
                From the log: <code>{failure.evidence}</code>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
