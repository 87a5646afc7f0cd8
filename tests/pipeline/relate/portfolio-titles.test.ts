// A minister's portfolio written after the office ("Minister of State for Energy Affairs X", "Minister for External
// Affairs X", "Secretary of State for Health X"): the whole is the title, the name after it the person who holds it
// and who acts in the sentence. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { readTypedLines } from './typed-lines.ts';

describe('a portfolio after the office is part of the title before a name', () => {
  it.each([
    ["Qatar's Minister of State for Energy Affairs Saad al-Kaabi told reporters that deliveries would start in 2026.", 'Saad al-Kaabi -minister of state for energy affairs of-> Qatar'],
    ["Russia's Minister of Foreign Affairs Sergei Lavrov said the offer was unacceptable.", 'Sergei Lavrov -minister of foreign affairs of-> Russia'],
    ["Britain's Secretary of State for Health Wes Streeting met union leaders on Tuesday.", 'Wes Streeting -secretary of state for health of-> Britain'],
  ])('%s', async (text, line) => {
    expect(await readTypedLines(text)).toContain(line);
  });

  it.each([
    ["India's Minister for External Affairs Subrahmanyam Jaishankar visited Nepal on Monday.", 'Subrahmanyam Jaishankar -042 visited-> Nepal', 'India -042 visited-> Nepal'],
    ["India's Minister of State for External Affairs V. Muraleedharan visited Nepal on Monday.", 'V. Muraleedharan -042 visited-> Nepal', 'India -042 visited-> Nepal'],
  ])('the person holding it is who acts: %s', async (text, line, not) => {
    const lines = await readTypedLines(text);
    expect(lines).toContain(line);
    expect(lines).not.toContain(not);
  });

  it('guard: a body\'s "for" phrase after a title is no portfolio', async () => {
    // ("chairman of the Commission for Human Rights": a named body, the role is held in it)
    expect(await readTypedLines('Ahmed Farouk, chairman of the National Commission for Human Rights, visited Cairo.')).toContain('Ahmed Farouk -chairman of-> National Commission for Human Rights');
  });
});
