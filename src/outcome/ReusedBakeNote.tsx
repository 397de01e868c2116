import React from 'react';

interface ReusedBakeNoteProps {
  imageId?: string;
  configureUrl?: string;
}

// Rosco's bake key (package, base image, template, …) leaves out the extended attributes, so a run with a changed
// share list is answered with the earlier AMI, shared as it was then.
export function ReusedBakeNote({ imageId, configureUrl }: ReusedBakeNoteProps) {
  return (
    <div className="alert alert-warning bake-share-reused" role="note">
      <p>
        Rosco reused an earlier bake{imageId ? <> ({imageId})</> : null}: nothing in its bake key changed, and the share
        list is not part of that key. The AMI keeps the sharing it got when it was first baked, which may not include
        every account this run asked for; the table below shows what each account sees now.
      </p>
      <p>
        To share it as this run asked, run the pipeline again with Rebake: turn on Rebake in the bake stage (its Share
        with accounts panel offers it){configureUrl ? ' ' : '.'}
        {configureUrl ? <a href={configureUrl}>Open the pipeline&apos;s configuration.</a> : null}
      </p>
    </div>
  );
}
