// The query commands run as users run them: a real store folder, the real CLI
// process, exit codes and one-line errors.
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { kg } from '../helpers/cli.ts';
import { writeGraph } from '../../src/store/graph-file.ts';
import { fixtureGraph } from './fixture-graph.ts';

let data: string;
beforeAll(() => {
  data = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-query-cli-'));
  writeGraph(data, fixtureGraph());
});

describe('kg ask / neighbors / path / entities', () => {
  it('answers a question as text with evidence', () => {
    const r = kg(['ask', 'Who recognized Kosovo?', '--data', data]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Turkey recognized Kosovo');
    expect(r.stdout).toContain('"Kosovo declared independence from Serbia in 2008, and Turkey recognized Kosovo the following day."');
  });

  it('answers as JSON with entities, relations and evidence', () => {
    const r = kg(['ask', 'How is Albares connected to Vucic?', '--json', '--data', data]);
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.form).toBe('path');
    expect(a.paths[0].hops.map((h: { relation: { predicate: string } }) => h.relation.predicate)).toEqual(['met', 'met']);
    expect(a.evidence.length).toBe(2);
  });

  it.each([
    [['ask', 'Why is the sky blue?'], 64, /cannot understand .*How is X connected to Y\?/],
    [['ask', 'Who met Erdogn?'], 2, /no entity named "Erdogn"; did you mean "Recep Tayyip Erdoğan"\?/],
    [['ask', 'Who is Zimbabwe?'], 2, /^kg: query: no entity named "Zimbabwe", nor one with a similar name; `kg entities` lists the names it knows\n$/],
    [['ask', 'Tell me something interesting'], 64, /cannot understand .*How is X connected to Y\?/],
    [['neighbors', 'Kosova'], 2, /did you mean "Kosovo"/],
    [['neighbors', 'Kosovo', '--kind', 'friendship'], 64, /--kind expects one of role, location, event, affiliation, cooccurrence/],
    [['path', 'Albares'], 64, /expected two entity names/],
    [['path', 'Albares', 'Serbia', '--max-hops', 'x'], 64, /--max-hops expects an integer/],
    [['entities', '--type', 'planet'], 64, /--type expects one of person/],
    [['ask'], 64, /expected a question/],
  ])('kg %j fails with exit %i and one line', (args, code, message) => {
    const r = kg([...args, '--data', data]);
    expect(r.status).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('fails clearly when the store has no graph', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-query-empty-'));
    const r = kg(['ask', 'Who is connected to Kosovo?', '--data', empty]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no graph in .*run `kg ingest/);
  });

  it('lists the neighbours of an entity, stated relations first, with evidence', () => {
    const r = kg(['neighbors', 'vucic', '--data', data]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('Aleksandar Vučić (person): 3 relations with 3 entities');
    expect(lines[1]).toContain('Aleksandar Vučić -[president of]-> Serbia (role)');
    expect(lines.at(-2)).toContain('co-occurs');
    expect(lines.at(-1)).toContain('"Vučić said Serbia & Kosovo <still> disagree about the border."');
    const json = JSON.parse(kg(['neighbors', 'Turkey', '--kind', 'role', '--json', '--data', data]).stdout);
    expect(json.relations.map((x: { source: { label: string } }) => x.source.label).sort()).toEqual(['Hakan Fidan', 'Recep Tayyip Erdoğan']);
  });

  it('prints the shortest paths with a relation and evidence per hop', () => {
    const r = kg(['path', 'Albares', 'Turkey', '--data', data]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Path 1 of 2 (2 hops)');
    expect(r.stdout).toContain('Ankara -[located in]-> Turkey (location)');
    const none = kg(['path', 'Hakan Fidan', 'Aleksandar Vučić', '--max-hops', '2', '--data', data]);
    expect(none.status).toBe(1);
    expect(none.stdout).toMatch(/No connection .* within 2 hops/);
  });

  it('searches and lists entities', () => {
    const r = kg(['entities', 'serb', '--json', '--data', data]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).entities[0].label).toBe('Serbia');
    const people = kg(['entities', '--type', 'person', '--data', data]);
    expect(people.stdout.trim().split('\n')).toHaveLength(4);
  });
});
