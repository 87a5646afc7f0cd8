// Family ties between people (kin.ts), read in sentences written for this test: a possessor's relative, a relative
// after "his"/"her", a relative in apposition ("X, the son of Y"); elder relatives written from the younger side.
import { describe, expect, it } from 'vitest';
import { readTypedLines } from './typed-lines.ts';

describe('a family tie is an affiliation from the relative to the person it is said of', () => {
  it.each([
    ['Former President Arturo Quispe was arrested on Monday. Quispe\'s daughter, Senator Lucia Quispe, condemned the arrest.', 'Lucia Quispe -daughter of-> Arturo Quispe'],
    ['Mining tycoon Viktor Halloran died in 2019, and his son Dmitri Halloran now runs the group.', 'Dmitri Halloran -son of-> Viktor Halloran'],
    ['Chen Wenli took over from his father, Chen Baoguo, in 2021.', 'Chen Wenli -child of-> Chen Baoguo'],
    ['Omar Farouk boycotted the hearings. His wife, Leila Mansour, said the family would appeal.', 'Leila Mansour -wife of-> Omar Farouk'],
    ['The bank is run by Pieter Voskuijlen, the nephew of founder Karel Voskuijlen.', 'Pieter Voskuijlen -nephew of-> Karel Voskuijlen'],
    ['Aisha Bello, the widow of General Sani Bello, filed the suit in Abuja.', 'Aisha Bello -widow of-> Sani Bello'],
  ])('%s', async (text, line) => {
    expect(await readTypedLines(text)).toContain(line);
  });
});

describe('no family tie where the kin noun is not said of a named person (guards)', () => {
  it.each([
    // the previous sentence opens with a description, not the man "his" means
    ['The leader of the opposition party denied the charges, saying they were invented by Ahmed Nazif. His wife, Mona Kamel, said he would appeal.', /Mona Kamel -wife of->/],
    // "son" as part of a company's name or a common noun phrase
    ['The son of a fisherman, Tomas Ruiz rose to lead the union.', /-son of->/],
    ['Hanna Berg met her counterpart and her father\'s old friend, Jan Lind, in Oslo.', /Jan Lind -(father|child) of->/],
  ])('%s', async (text, bad) => {
    expect((await readTypedLines(text)).filter((l) => bad.test(l))).toEqual([]);
  });
});
