import React from 'react';

interface RebakeHintProps {
  onRebake(): void;
}

export function RebakeHint({ onRebake }: RebakeHintProps) {
  return (
    <div className="alert alert-warning bake-share-rebake" role="status">
      <p>
        Rosco reuses an earlier bake when only the share list changes: the existing AMI would keep its old sharing.
        Deck&apos;s Rebake option bakes afresh on every run until it is unticked again.
      </p>
      <button type="button" className="btn btn-default btn-sm" onClick={onRebake}>
        Turn on Rebake
      </button>
    </div>
  );
}
