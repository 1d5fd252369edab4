import { csvField } from './compliance.csv';

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
