// `kg train-relations` as users run it: training on their own CoNLL04-format
// file (the same bytes twice), and bad input refused in one line.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kg } from '../../../helpers/cli.ts';
import { decodeRelationModel } from '../../../../src/pipeline/relate/classifier/model.ts';
import { TINY_CONLL04 } from './fixture.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'kg-train-relations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string) => { const f = path.join(dir, name); writeFileSync(f, text); return f; };

describe('kg train-relations', () => {
  it('trains on a user file and writes a model; the same data and seed write the same bytes', () => {
    const train = write('mine.json', JSON.stringify(TINY_CONLL04));
    const outs = ['a.bin.gz', 'sub/b.bin.gz'].map((f) => path.join(dir, f));
    for (const out of outs) {
      const r = kg(['train-relations', '--train', train, '--dev', train, '-o', out, '--epochs', '4', '--seed', '2', '--bags', '2', '--quiet']);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^model .*\.bin\.gz: \d+ kB, \d+ feature rows/);
      // calibrated and thresholded by cross-validation on the training file; the dev file is only measured
      expect(r.stdout).toMatch(/\ncross-validated on .*mine\.json \(5 folds\), recognised names: P=[\d.]+ R=[\d.]+ F1=[\d.]+ .*; confidence thresholds Work_For [\d.]+, Live_In [\d.]+, Located_In [\d.]+, OrgBased_In [\d.]+, Kill [\d.]+ \(best F1 at [\d.]+, [\d.]+, [\d.]+, [\d.]+, [\d.]+\)\n/);
      expect(r.stdout).toMatch(/\ndev .*mine\.json, recognised names: P=[\d.]+ R=[\d.]+ F1=[\d.]+ \([^)]*\)\n.*gold names: +P=[\d.]+ R=[\d.]+ F1=[\d.]+/);
    }
    const [a, b] = outs.map((f) => readFileSync(f));
    expect(a!.equals(b!)).toBe(true);
    expect(decodeRelationModel(a!).info).toMatchObject({ train: 'mine.json', epochs: 4, seed: 2, bags: 2, folds: 5, featureSet: 2 });
  });

  it('--folds 0 calibrates and thresholds on the dev file instead', () => {
    const train = write('mine0.json', JSON.stringify(TINY_CONLL04));
    const out = path.join(dir, 'dev-calibrated.bin.gz');
    const r = kg(['train-relations', '--train', train, '--dev', train, '-o', out, '--epochs', '4', '--bags', '2', '--folds', '0', '--quiet']);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/cross-validated/);
    expect(r.stdout).toMatch(/\ndev .*recognised names: P=[\d.]+ R=[\d.]+ F1=[\d.]+ .*; confidence thresholds Work_For [\d.]+, .* \(best F1 at [\d.]+\)\n/);
    expect(decodeRelationModel(readFileSync(out)).info.folds).toBeUndefined();
  });

  it('--feature-set and --type-min-confidence choose the feature families and per-type floors the model records', () => {
    const train = write('mine3.json', JSON.stringify(TINY_CONLL04));
    const out = path.join(dir, 'set3.bin.gz');
    const r = kg(['train-relations', '--train', train, '--dev', train, '-o', out, '--epochs', '4', '--bags', '2', '--feature-set', '3', '--type-min-confidence', 'Kill=0.9,Live_In=0.7', '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/confidence thresholds Work_For [\d.]+, Live_In 0\.7, Located_In [\d.]+, OrgBased_In [\d.]+, Kill 0\.9 /);
    const model = decodeRelationModel(readFileSync(out));
    expect(model.info.featureSet).toBe(3);
    expect(model.typeMinConfidence[4]).toBe(0.9);
    expect(model.typeMinConfidence[1]).toBe(0.7);
  });

  it('kg extract reports which relations the model found, and --no-relation-model leaves them out', () => {
    const article = write('article.txt', 'Maria Lopez, who works for the World Bank, declined to comment.\nThe fire burned near Lowman, Idaho, on Tuesday.\n');
    const by = (args: string[]) => {
      const r = kg(['extract', article, '--json', ...args]);
      expect(r.status).toBe(0);
      return (JSON.parse(r.stdout) as { relations: Array<{ by: string; kind: string }> }).relations.filter((x) => x.kind !== 'cooccurrence').map((x) => x.by);
    };
    expect(by([])).toContain('model');
    expect(by(['--no-relation-model'])).not.toContain('model');
  });

  it.each([
    [['--train', '/nonexistent/c04.json'], 2, /^kg: train-relations: train file \/nonexistent\/c04\.json cannot be read \(ENOENT\); expected CoNLL04 JSON/],
    [['--train', 'NOTJSON'], 2, /^kg: train-relations: train file .* is not JSON/],
    [['--train', 'BADSHAPE'], 2, /^kg: train-relations: train file .* is not CoNLL04 JSON: item 0: expected tokens/],
    [['--train', 'EMPTY'], 2, /^kg: train-relations: train file .* holds no sentences/],
    [['--epochs', '0'], 64, /^kg: train-relations: --epochs expects an integer >= 1, got "0"/],
    [['--min-confidence', '1.5'], 64, /^kg: train-relations: --min-confidence expects a number from 0 to 1, got "1.5"/],
    [['--target-precision', 'high'], 64, /^kg: train-relations: --target-precision expects a number from 0 to 1, got "high"/],
    [['--folds', '-1'], 64, /^kg: train-relations: --folds expects an integer >= 0, got "-1"/],
    [['--feature-set', '4'], 64, /^kg: train-relations: --feature-set expects an integer from 1 to 3, got "4"/],
    [['--type-min-confidence', 'Spouse=0.5'], 64, /^kg: train-relations: --type-min-confidence expects TYPE=P with TYPE one of Work_For, Live_In, Located_In, OrgBased_In, Kill, got "Spouse=0.5"/],
    [['--type-min-confidence', 'Kill=2'], 64, /^kg: train-relations: --type-min-confidence expects a number from 0 to 1, got "2"/],
    [['--bogus'], 64, /^kg: train-relations: unknown flag --bogus/],
  ])('%j fails with one clear line', (args, status, message) => {
    const files: Record<string, string> = {
      NOTJSON: write('bad.json', '{ tokens: '),
      BADSHAPE: write('shape.json', JSON.stringify([{ tokens: ['a b'], tags: ['O'], relations: [] }])),
      EMPTY: write('empty.json', '[]'),
    };
    const out = path.join(dir, 'never.gz');
    const r = kg(['train-relations', ...args.map((a) => files[a] ?? a), '-o', out]);
    expect(r.status).toBe(status);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });
});
