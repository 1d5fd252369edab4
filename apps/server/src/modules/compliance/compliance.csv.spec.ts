import { csvField } from '@regflow/contracts';
import { rowsCsv } from './compliance.csv';

// The one CSV writer lives in @regflow/contracts, which has no test runner of its own: its cases are here.
describe(csvField.name, () => {
  it.each([
    ['a formula', '=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['a plus sign', '+44 1905 765432', "'+44 1905 765432"],
    ['a minus sign', '-1+1', "'-1+1"],
    ['an at sign', '@SUM(A1)', "'@SUM(A1)"],
    ['a tab', '\t=1', "'\t=1"],
    ['a carriage return', '\r=1', `"'\r=1"`],
    ['a formula with a comma and quotes', '=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['plain text', 'Extra death sessions', 'Extra death sessions'],
    ['text with a comma', 'Worcester, Redditch', '"Worcester, Redditch"'],
  ])('neutralises %s', (_case, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes numbers as they are, negative ones too, and null as empty', () => {
    expect(csvField(-3.5)).toBe('-3.5');
    expect(csvField(80.1)).toBe('80.1');
    expect(csvField(null)).toBe('');
  });
});

describe(rowsCsv.name, () => {
  it('writes a heading row from the keys, nested ones with a dot, CRLF line ends, and neutralises formulas in the values', () => {
    const csv = rowsCsv([
      { month: '2022-03', deaths: { registered: 381, withinFiveDays: 77.4 }, commentary: '=HYPERLINK("http://x","y")' },
      { month: '2022-04', deaths: { registered: -1, withinFiveDays: null }, commentary: 'Worcester, Redditch' },
    ]);
    expect(csv).toBe(
      'month,deaths.registered,deaths.withinFiveDays,commentary\r\n' +
        `2022-03,381,77.4,"'=HYPERLINK(""http://x"",""y"")"\r\n` +
        '2022-04,-1,,"Worcester, Redditch"\r\n',
    );
  });

  it('heads a file with no rows with the columns it is given', () => {
    expect(rowsCsv([], ['month', 'value'])).toBe('month,value\r\n');
  });
});
