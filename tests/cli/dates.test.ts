// Dates from the command line: where an article's date comes from (text, sidecar, --date), the
// time flags of the query commands and of export, and their one-line errors.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kg } from '../helpers/cli.ts';

let dir: string;
let story: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-dates-'));
  story = path.join(dir, 'story.txt');
  fs.writeFileSync(story, 'Talks resume\nLYON, France, 13 July 2022 (AFP) - France and Germany signed an accord on Friday.\n');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const documentOf = (args: string[]) => {
  const r = kg(['extract', story, '--json', ...args]);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout).document;
};

describe('article dates on the command line', () => {
  it('the dateline dates the article; a sidecar wins over it; --date wins over both', () => {
    expect(documentOf([])).toMatchObject({ date: '2022-07-13', dateSource: 'text:dateline' });
    fs.writeFileSync(path.join(dir, 'story.meta.json'), '{"date": "2022-07-14"}');
    expect(documentOf([])).toMatchObject({ date: '2022-07-14', dateSource: 'sidecar' });
    expect(documentOf(['--date', '2020-01-02'])).toMatchObject({ date: '2020-01-02', dateSource: 'option' });
    fs.rmSync(path.join(dir, 'story.meta.json'));
  });

  it('relations carry the date their sentence gives ("on Friday" before a Wednesday dateline)', () => {
    const r = JSON.parse(kg(['extract', story, '--json']).stdout);
    const signed = r.relations.find((x: { predicate: string }) => /sign/.test(x.predicate));
    expect(signed).toMatchObject({ date: '2022-07-08', dateFrom: 'text' });
  });

  it.each([
    [['extract', 'STORY', '--date', 'yesterday'], /--date expects an ISO 8601 date/],
    [['entities', '--since', '13/07/2022', '--data', 'DATA'], /--since expects a date/],
    [['entities', '--since', '2023', '--until', '2022', '--data', 'DATA'], /--since 2023 is after --until 2022/],
    [['export', '--format', 'csv', '--dynamic', '-o', 'DIR', '--data', 'DATA'], /--dynamic writes time as GEXF dynamics/],
  ])('%j fails with one line', (args, message) => {
    const fill = (a: string) => a.replace('STORY', story).replace('DATA', path.join(dir, 'data')).replace('DIR', path.join(dir, 'out'));
    if (!fs.existsSync(path.join(dir, 'data'))) expect(kg(['ingest', story, '--data', path.join(dir, 'data'), '--quiet']).status).toBe(0);
    const r = kg(args.map(fill));
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('a malformed sidecar is named in a one-line error', () => {
    fs.writeFileSync(path.join(dir, 'story.meta.json'), '{"date": 12}');
    const r = kg(['extract', story]);
    fs.rmSync(path.join(dir, 'story.meta.json'));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/story\.meta\.json has date 12/);
  });
});
