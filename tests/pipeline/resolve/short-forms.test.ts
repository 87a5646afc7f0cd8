// What counts as a short form of a person's name, and a company's name without its
// legal form: the predicates shared by resolve, the corpus merge and the duplicate count.
import { describe, expect, it } from 'vitest';
import { isFullName, personShortForm } from '../../../src/pipeline/resolve/short-forms.ts';
import { organizationCore } from '../../../src/pipeline/resolve/names.ts';

describe('personShortForm', () => {
  const cases: Array<[string, string, string | undefined]> = [
    // [short, full, rule]
    ['Yeltsin', 'Boris Yeltsin', 'surname'],
    ['yeltsin', 'Boris Yeltsin', 'surname'],
    ['Mr Blair', 'Tony Blair', 'title-surname'],
    ['President Clinton', 'Bill Clinton', 'title-surname'],
    ['B. Yeltsin', 'Boris Yeltsin', 'initials'],
    ['G.W. Bush', 'George W. Bush', 'initials'],
    ['G. Bush', 'George Walker Bush', 'initials'],
    ['S. Waugh', 'Mark Waugh', undefined], // another given name
    ['M. Waugh', 'Mark Waugh', 'initials'],
    ['Blair', 'Blair Witch', undefined], // not the surname
    ['Yeltsin', 'Yeltsin', undefined], // not a full name
    ['Yeltsin', 'B. Yeltsin', undefined], // initials are no full name
    ['Naina Yeltsin', 'Boris Yeltsin', undefined], // two full names
  ];
  it.each(cases)('"%s" of "%s" -> %s', (short, full, rule) => {
    expect(personShortForm(short, full)?.rule).toBe(rule);
  });

  it.each([
    ['Boris Yeltsin', true], ['George W. Bush', true], ['B. Yeltsin', false], ['Yeltsin', false], ['President Yeltsin', false], ['Kim Jong Un', true],
  ] as Array<[string, boolean]>)('isFullName("%s") is %s', (name, full) => {
    expect(isFullName(name)).toBe(full);
  });
});

describe('organizationCore', () => {
  it.each([
    ['Microsoft Corp', 'microsoft'], ['Microsoft Corp.', 'microsoft'], ['Daimler-Benz AG', 'daimler benz'], ['The Carlyle Group', 'carlyle'],
    ['Procter & Gamble Co', 'procter gamble'], ['Group', 'group'], ['Bank of Tokyo', 'bank of tokyo'], ['Royal Dutch Shell Plc', 'royal dutch shell'],
  ])('"%s" -> "%s"', (name, core) => {
    expect(organizationCore(name)).toBe(core);
  });
});
