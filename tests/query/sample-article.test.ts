// End to end on the sample article: ingest it with the real CLI, then ask the
// questions a reader would. These depend on every extraction stage (NER,
// resolution, relations); a failure here with an empty graph means extraction
// is not wired in yet, not that the question engine is wrong.
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { kg, SAMPLE } from '../helpers/cli.ts';

let data: string;
let ingest: ReturnType<typeof kg>;
beforeAll(() => {
  data = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-sample-ask-'));
  ingest = kg(['ingest', SAMPLE, '--data', data], { timeout: 300_000 });
});

function askJson(question: string) {
  const r = kg(['ask', question, '--json', '--data', data]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout);
}

describe('questions about the sample article', () => {
  it('ingests the article', () => {
    expect(ingest.status).toBe(0);
  });

  it('"Who recognized Donetsk?" names North Korea and Syria with their sentences', () => {
    const a = askJson('Who recognized Donetsk?');
    const names = a.entities.map((e: { label: string }) => e.label);
    expect(names).toContain('North Korea');
    expect(names).toContain('Syria');
    const evidence = a.evidence.map((e: { text: string }) => e.text).join('\n');
    expect(evidence).toMatch(/Syria has since acknowledged their independence/);
    expect(evidence).toMatch(/recognize/);
  });

  it('"How is Kuleba connected to Choe Sun Hui?" goes through Ukraine and North Korea, a sentence per hop', () => {
    const a = askJson('How is Kuleba connected to Choe Sun Hui?');
    expect(a.paths.length).toBeGreaterThan(0);
    const labels = a.paths.map((p: { nodes: { label: string }[] }) => p.nodes.map((n) => n.label));
    expect(labels.some((l: string[]) => l.includes('Ukraine') && l.includes('North Korea'))).toBe(true);
    for (const p of a.paths) for (const h of p.hops) expect(h.relation.evidence[0].text.length).toBeGreaterThan(20);
  });

  it.each([
    ['Who is the foreign minister of Ukraine?', 'role-holder', ['Dmytro Kuleba']],
    ["What is Kuleba's role?", 'role-of', ['Ukraine']],
    ['Who did North Korea recognize?', 'relation', ['Donetsk', 'Luhansk']],
    ['Who condemned North Korea?', 'relation', ['Ukraine']],
    ['Which people are connected to North Korea?', 'connections', ['Choe Sun Hui', 'Sin Hong-chol']],
    ['Which countries are connected to Russia?', 'connections', ['North Korea', 'Ukraine']],
    ['What do Russia and North Korea have in common?', 'common', ['Donetsk', 'Luhansk']],
    ['Pyongyang', 'summary', ['Choe Sun Hui']],
  ])('"%s" (%s) includes %j', (question, form, expected) => {
    const a = askJson(question);
    expect(a.form).toBe(form);
    const names = a.entities.map((e: { label: string }) => e.label);
    for (const name of expected) expect(names).toContain(name);
    expect(a.evidence.length).toBeGreaterThan(0);
  });
});
