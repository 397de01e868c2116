import type { ReviewRow } from './reviewRows';

// Rows as reviewRows makes them, for the tests of what is done with them.
export function reviewRow(fields: Partial<ReviewRow> & Pick<ReviewRow, 'application'>): ReviewRow {
  return {
    key: `${fields.application}/${fields.pipelineName ?? 'Release'}/${fields.stageName ?? 'Bake'}`,
    pipelineId: `${fields.application}-1`,
    pipelineName: 'Release',
    stageIndex: 0,
    pipelineDisabled: false,
    stageName: 'Bake',
    template: 'aws-multi-ebs.json',
    accounts: [],
    copyRegions: [],
    organizations: [],
    sharesSnapshots: false,
    problems: [],
    ...fields,
  };
}
