import { csvCell, reviewCsv, toCsv } from './csv';
import { reviewRow } from './testRows';

describe('csvCell', () => {
  it('leaves plain text alone', () => {
    expect(csvCell('checkout')).toBe('checkout');
    expect(csvCell('')).toBe('');
  });

  it('quotes cells with commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('Bake, then share')).toBe('"Bake, then share"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('one\r\ntwo')).toBe('"one\r\ntwo"');
  });

  it('keeps spreadsheets from running cells as formulas', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('=HYPERLINK("http://example.com","x")')).toBe('"\'=HYPERLINK(""http://example.com"",""x"")"');
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
    expect(csvCell('a=1')).toBe('a=1');
  });
});

describe('toCsv', () => {
  it('ends every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c, d', ''],
      ]),
    ).toBe('a,b\r\n"c, d",\r\n');
  });
});

describe('reviewCsv', () => {
  it('writes a header and one record per stage', () => {
    const csv = reviewCsv([
      reviewRow({
        application: 'checkout',
        pipelineId: 'checkout-1',
        pipelineName: 'Bake, "canary" and share',
        pipelineDisabled: true,
        stageName: '=cmd|calc',
        accounts: [
          { id: '111111111111', name: '<script>alert(1)</script>' },
          { id: '333333333333', note: 'not a Spinnaker account' },
        ],
        copyRegions: ['eu-west-1', 'us-west-2'],
        problems: [
          { severity: 'error', message: "'12345678901' has 11 digits." },
          { severity: 'warning', message: 'Mixed forms.' },
        ],
      }),
    ]);
    expect(csv).toBe(
      'Application,Pipeline,Pipeline ID,Pipeline disabled,Stage,Template,Accounts,Organizations and OUs,Copy regions,Snapshots shared,KMS keys,Problems\r\n' +
        'checkout,"Bake, ""canary"" and share",checkout-1,yes,\'=cmd|calc,aws-multi-ebs.json,' +
        '<script>alert(1)</script> (111111111111); 333333333333 (not a Spinnaker account),,eu-west-1; us-west-2,no,,' +
        '"error: \'12345678901\' has 11 digits.\nwarning: Mixed forms."\r\n',
    );
  });
});
