// The news relation model runs only when asked (`kg extract --news-model`): on the blind batches since stop 38 it
// made no relation, so by default the pipeline leaves it out. An article the shipped model was trained on shows the
// switch: the model's one relation there is printed with the flag and not without it.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { kg } from '../../../helpers/cli.ts';

const ARTICLE = fileURLToPath(new URL('../../../fixtures/news-fresh/13-vaccine-trial.txt', import.meta.url));

function byNews(args: string[]): string[] {
  const r = kg(['extract', '--json', ...args, ARTICLE]);
  expect(r.status).toBe(0);
  const doc = JSON.parse(r.stdout) as { relations: { by: string; kind: string }[] };
  return doc.relations.filter((x) => x.by === 'model:news').map((x) => x.kind);
}

describe('the news model is opt-in', () => {
  it('kg extract runs the rules and the CoNLL04 classifier, not the news model, by default', () => {
    expect(byNews([])).toEqual([]);
  });
  it('kg extract --news-model adds the news model\'s relations', () => {
    expect(byNews(['--news-model'])).toContain('affiliation');
  });
  it('--no-relation-model leaves the news model out even when asked for', () => {
    expect(byNews(['--news-model', '--no-relation-model'])).toEqual([]);
  });
});
