// The whole product from the command line, as a user runs it, in a temporary
// folder: ingest the sample article -> export GEXF -> validate it with xmllint ->
// ask who is connected to whom -> neighbours and paths with evidence.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kg, SAMPLE } from '../helpers/cli.ts';
import { all, once, sharedData, systemTool } from '../helpers/requirements.ts';

const GRAMMAR = 'data/gexf-schema/1.3/gexf.rng';
/** Checked inside the one test that validates, so only it fails in CI when they are missing. */
const canValidate = once(() => all(
  systemTool(['xmllint', '--version'], 'xmllint', 'apt-get install libxml2-utils'),
  sharedData(GRAMMAR, 'GEXF 1.3 validation (the official RELAX NG grammar)'),
));

let dir: string;
let data: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-e2e-'));
  data = path.join(dir, 'data');
  const r = kg(['ingest', SAMPLE, '--data', data]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('kg end to end on the sample article', () => {
  it('ingest reports the graph it built', () => {
    const r = kg(['ingest', SAMPLE, '--data', data]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/0 new, 0 replaced, 1 unchanged/);
  });

  it('ingest --json prints the report, with timings and resource usage, as one JSON object', () => {
    const fresh = path.join(dir, 'json-data');
    const r = kg(['ingest', SAMPLE, '--data', fresh, '--json', '--quiet']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ files: 1, added: 1, unchanged: 0, documents: 1, jobs: 1 });
    expect(report.nodes).toBeGreaterThan(10);
    for (const key of ['scan', 'analysis', 'analysisSecondHalf', 'graph']) expect(report.timings[key]).toBeGreaterThanOrEqual(0);
    expect(report.timings.analysis).toBeGreaterThan(0);
    expect(report.usage.cpuMs).toBeGreaterThan(0);
    expect(report.usage.peakRssMB).toBeGreaterThan(20);
  });

  it('exports GEXF 1.3 that xmllint validates against the official grammar', ({ skip }) => {
    const out = path.join(dir, 'graph.gexf');
    const r = kg(['export', '--format', 'gexf', '-o', out, '--data', data]);
    expect(r.status).toBe(0);
    const xml = fs.readFileSync(out, 'utf8');
    expect(xml).toContain('Dmytro Kuleba');
    expect(xml).toMatch(/<viz:position x="-?[\d.]+" y="-?[\d.]+"/);
    const needs = canValidate();
    skip(!needs.ok, needs.reason);
    const v = spawnSync('xmllint', ['--noout', '--relaxng', sharedData.path(GRAMMAR), out], { encoding: 'utf8' });
    expect(v.stderr).toMatch(/validates/);
    expect(v.status).toBe(0);
  });

  it('extract --json prints document.date and dateSource only for an article that gives its date', () => {
    const html = path.join(dir, 'dated.html');
    const body = 'Ukraine severed diplomatic ties with North Korea on Wednesday, Foreign Minister Dmytro Kuleba said. '.repeat(4);
    fs.writeFileSync(html, `<html><head><title>Ukraine cuts ties | Wire</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ukraine cuts ties with North Korea","datePublished":"2022-07-13T18:05:00Z"}</script></head><body><article><p>${body}</p></article></body></html>`);
    const r = kg(['extract', html, SAMPLE, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const [dated, plain] = r.stdout.trim().split('\n').map((l) => JSON.parse(l).document);
    expect(dated).toMatchObject({ title: 'Ukraine cuts ties with North Korea', date: '2022-07-13T18:05:00Z', dateSource: 'html:json-ld' });
    expect(Object.keys(plain)).toEqual(['id', 'title', 'source', 'chars']);
  });

  it('answers how Kuleba is connected to Choe Sun Hui, through Ukraine and North Korea, with a sentence per hop', () => {
    const r = kg(['ask', 'How is Kuleba connected to Choe Sun Hui?', '--data', data, '--json']);
    expect(r.status).toBe(0);
    const answer = JSON.parse(r.stdout);
    const text = JSON.stringify(answer);
    expect(text).toContain('Ukraine');
    expect(text).toContain('North Korea');
    expect(text).toContain('Ukrainian Foreign Minister Dmytro Kuleba said in a statement');
  });

  it('kg neighbors lists relations with their evidence sentence', () => {
    const r = kg(['neighbors', 'kuleba', '--data', data]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/foreign minister of/i);
    expect(r.stdout).toMatch(/Ukraine/);
  });

  it('kg path shows every hop with its sentence', () => {
    const r = kg(['path', 'Choe Sun Hui', 'Pushilin', '--data', data]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Choe Sun Hui/);
    expect(r.stdout).toMatch(/Denis Pushilin/);
  });

  it('an unknown name gets a did-you-mean list and a non-zero exit', () => {
    const r = kg(['neighbors', 'Kulebba', '--data', data]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/did you mean.*Kuleba/i);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('an unknown export format is a one-line usage error', () => {
    const r = kg(['export', '--format', 'pdf', '--data', data]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/pdf/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
