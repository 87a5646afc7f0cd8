// `kg export` as users run it: every format to a file or folder, stdout,
// atomic writes, and one-line errors for bad flags.
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { kg } from '../helpers/cli.ts';
import { writeGraph } from '../../src/store/graph-file.ts';
import { writeChunksAtomic } from '../../src/cli/commands/export.ts';
import { EXPORT_FORMAT_NAMES } from '../../src/export/index.ts';
import { hostileGraph } from './helpers.ts';

let data: string;
let out: string;
beforeAll(() => {
  data = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-export-cli-'));
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-export-out-'));
  writeGraph(data, hostileGraph());
});

describe('kg export', () => {
  it('writes every single-file format to -o and the same bytes to stdout', () => {
    for (const format of ['gexf', 'gexf1.2', 'graphml', 'json', 'cypher']) {
      const file = path.join(out, `g.${format}`);
      const r = kg(['export', '--format', format, '-o', file, '--data', data]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toMatch(new RegExp(`kg export: ${format.replace('.', '\\.')}, 14 entities, 21 relations -> `));
      const stdout = kg(['export', '--format', format, '--data', data]).stdout;
      const fileText = fs.readFileSync(file, 'utf8');
      // Only the GEXF meta date could differ between two runs on different days.
      expect(stdout.replace(/lastmodifieddate="[^"]+"/, '')).toBe(fileText.replace(/lastmodifieddate="[^"]+"/, ''));
    }
  });

  it('writes csv and neo4j-csv as files in the -o folder, creating it', () => {
    const csvDir = path.join(out, 'csv', 'nested');
    expect(kg(['export', '--format', 'csv', '-o', csvDir, '--data', data]).status).toBe(0);
    expect(fs.readdirSync(csvDir).sort()).toEqual(['edges.csv', 'nodes.csv']);
    expect(fs.readFileSync(path.join(csvDir, 'nodes.csv'), 'utf8').split('\r\n').filter(Boolean)).toHaveLength(15);
    const neoDir = path.join(out, 'neo');
    expect(kg(['export', '--format', 'neo4j-csv', '-o', neoDir, '--data', data]).status).toBe(0);
    expect(fs.readdirSync(neoDir).sort()).toEqual(['import.txt', 'nodes.csv', 'relationships.csv']);
  });

  it.each([
    [['--format', 'dot'], 64, `unknown format "dot"; expected one of ${EXPORT_FORMAT_NAMES.join(', ')}`],
    [[], 64, '--format is required'],
    [['--format', 'csv'], 64, 'give a folder with -o DIR'],
    [['--format', 'gexf', '-o', '/nonexistent-dir/x.gexf'], 2, 'does not exist'],
    [['--format', 'gexf', 'extra'], 64, 'unexpected argument "extra"'],
  ])('kg export %j fails with exit %i: %s', (args, code, message) => {
    const r = kg(['export', ...args, '--data', data]);
    expect(r.status).toBe(code);
    expect(r.stderr).toContain(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });
});

describe('writeChunksAtomic', () => {
  it('leaves no file and no temporary behind when the writer fails half way, and keeps an older file intact', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-atomic-'));
    const target = path.join(dir, 'graph.gexf');
    function* failing() {
      yield 'x'.repeat(200_000);
      throw new Error('writer failed');
    }
    await expect(writeChunksAtomic(failing(), target)).rejects.toThrow('writer failed');
    expect(fs.readdirSync(dir)).toEqual([]);
    fs.writeFileSync(target, 'old complete file');
    await expect(writeChunksAtomic(failing(), target)).rejects.toThrow('writer failed');
    expect(fs.readdirSync(dir)).toEqual(['graph.gexf']);
    expect(fs.readFileSync(target, 'utf8')).toBe('old complete file');
    await writeChunksAtomic(['new ', 'file'], target);
    expect(fs.readFileSync(target, 'utf8')).toBe('new file');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
