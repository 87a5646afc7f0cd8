// JSON, CSV, Neo4j CSV and Cypher exports: parsed back, counted, and checked
// for the quoting and headers their readers need.
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import {
  collect, csvEdgeChunks, csvField, csvNodeChunks, cypherChunks, cypherString, jsonChunks, neo4jNodeChunks, neo4jRelationshipChunks,
} from '../../src/export/index.ts';
import { graphFromJSON } from '../../src/store/graph-file.ts';
import { HOSTILE_LABEL, HOSTILE_SENTENCE_CLEAN, hostileGraph } from './helpers.ts';

const graph = hostileGraph();

/** A strict RFC 4180 reader: CRLF rows, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"' && field === '') { quoted = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
    if (c === '\n' || c === '\r' || c === '"') throw new Error(`csv: bare ${JSON.stringify(c)} at ${i}`);
    field += c; i++;
  }
  if (field || row.length) throw new Error('csv: last row not terminated by CRLF');
  return rows;
}

function table(text: string): Record<string, string>[] {
  const [head, ...rows] = parseCsv(text);
  for (const r of rows) expect(r).toHaveLength(head!.length);
  return rows.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i]!])));
}

describe('JSON (graphology serialisation)', () => {
  it('imports back into graphology unchanged', () => {
    const text = collect(jsonChunks(graph));
    const back = graphFromJSON(JSON.parse(text));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.export()).toEqual(graph.export());
    expect(back.getNodeAttribute('org:bj', 'label')).toBe(HOSTILE_LABEL);
  });

  it('produces the same document as JSON.stringify(graph.export())', () => {
    expect(JSON.parse(collect(jsonChunks(graph)))).toEqual(JSON.parse(JSON.stringify(graph.export())));
    const empty = new MultiDirectedGraph();
    expect(JSON.parse(collect(jsonChunks(empty as never)))).toMatchObject({ nodes: [], edges: [] });
  });
});

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    [3.5, '3.5'],
    [null, ''],
  ])('field %j -> %j', (v, expected) => expect(csvField(v)).toBe(expected));

  it('writes nodes.csv and edges.csv that parse back with the same counts and values', () => {
    const nodes = table(collect(csvNodeChunks(graph)));
    const edges = table(collect(csvEdgeChunks(graph)));
    expect(nodes).toHaveLength(graph.order);
    expect(edges).toHaveLength(graph.size);
    const bj = nodes.find((n) => n.id === 'org:bj')!;
    expect(bj).toMatchObject({ label: HOSTILE_LABEL.replace(/[\u0001\uD800]/g, ''), type: 'organization', aliases: 'B&J|Ben, Jerry', mentions: '2', x: '-3.25', y: '1e-7', color: '#0a141e' });
    const r = edges.find((e) => e.id === 'r-bj')!;
    expect(r).toMatchObject({ source: 'org:bj', target: 'country:ES', target_label: 'Spain', kind: 'affiliation', weight: '2', evidence: HOSTILE_SENTENCE_CLEAN, evidence_count: '1' });
    expect(edges.find((e) => e.id === 'r4')).toMatchObject({ negated: 'true', cameo: '054', predicate: 'recognized' });
  });

  it('guards text cells against spreadsheet formulas, but not numbers', () => {
    const g = hostileGraph();
    g.setNodeAttribute('org:bj', 'label', '=HYPERLINK("http://example.com","click")');
    g.setEdgeAttribute('r-bj', 'evidence', [{ doc: 'd1', text: '@SUM(A1) said the bot.', start: 0, end: 5 }]);
    const nodes = table(collect(csvNodeChunks(g)));
    expect(nodes.find((n) => n.id === 'org:bj')).toMatchObject({ label: '\'=HYPERLINK("http://example.com","click")', x: '-3.25' });
    expect(table(collect(csvEdgeChunks(g))).find((e) => e.id === 'r-bj')!.evidence).toBe("'@SUM(A1) said the bot.");
  });

  // One rule for csv and neo4j-csv: every text cell that a spreadsheet would run.
  const FORMULAS = ['=HYPERLINK("http://evil.example","click")', '-2+3 Ltd', '+1 (555) 0100', '@SUM(A1)', '\t=1+1', '\r=1+1'];
  it.each(FORMULAS)('guards %j in every text cell of csv and neo4j-csv, ids alike in every column', (bad) => {
    const g = hostileGraph();
    const id = `${bad}id`;
    g.addNode(id, { ...g.getNodeAttributes('org:bj'), label: bad, aliases: [bad, 'plain'] });
    g.addEdgeWithKey(`${bad}edge`, id, 'country:ES', { ...g.getEdgeAttributes('r-bj'), label: bad, predicate: bad });
    const guarded = `'${bad.trim()}`; // labels are made one line (trimmed), then guarded
    const nodes = parseCsv(collect(neo4jNodeChunks(g)));
    const row = nodes.find((r) => r[0] === `'${id}`)!;
    expect(row[1]).toBe(guarded);
    expect(row[4]).toBe(`'${bad};plain`);
    const rels = parseCsv(collect(neo4jRelationshipChunks(g)));
    const rel = rels.find((r) => r[3] === `'${bad}edge`)!;
    expect(rel.slice(0, 2)).toEqual([`'${id}`, 'country:ES']);
    expect(rel[4]).toBe(guarded);
    const csvNodes = table(collect(csvNodeChunks(g)));
    expect(csvNodes.find((n) => n.id === `'${id}`)).toMatchObject({ label: guarded });
    expect(table(collect(csvEdgeChunks(g))).find((e) => e.id === `'${bad}edge`)).toMatchObject({ source: `'${id}`, label: guarded });
    // no cell of any file starts with a formula character
    for (const r of [...nodes, ...rels, ...parseCsv(collect(csvNodeChunks(g))), ...parseCsv(collect(csvEdgeChunks(g)))]) {
      for (const cell of r) expect(/^[=+@\t\r]|^-(?!\d)/.test(cell), cell).toBe(false);
    }
  });

  it('writes Neo4j import headers and one label set and relationship type per row', () => {
    const nodes = parseCsv(collect(neo4jNodeChunks(graph)));
    const rels = parseCsv(collect(neo4jRelationshipChunks(graph)));
    expect(nodes[0]).toEqual(['id:ID', 'name', ':LABEL', 'type', 'aliases:string[]', 'mentions:long', 'documents:string[]', 'gazetteer_id', 'first_seen', 'last_seen', 'x:double', 'y:double', 'size:double', 'color']);
    expect(rels[0]!.slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
    expect(rels[0]).toContain('negated:boolean');
    expect(nodes).toHaveLength(graph.order + 1);
    expect(rels).toHaveLength(graph.size + 1);
    const tr = nodes.find((r) => r[0] === 'country:TR')!;
    expect(tr[2]).toBe('Entity;Country');
    expect(tr[4]).toBe('Türkiye;Turkish');
    const types = new Set(rels.slice(1).map((r) => r[2]));
    expect([...types].sort()).toEqual(['AFFILIATION', 'CO_OCCURS_WITH', 'EVENT', 'LOCATION', 'ROLE']);
    expect(nodes.find((r) => r[0] === 'org:bj')![4]).toBe('B&J;Ben, Jerry');
  });
});

describe('Cypher', () => {
  const script = collect(cypherChunks(graph, { batchSize: 4 }));
  const statements = script.split(/;\n/).map((s) => s.replace(/^\/\/.*\n/gm, '').trim()).filter(Boolean);

  it('escapes string literals', () => {
    expect(cypherString("O'Brien \\ \"x\"\nnext")).toBe("'O\\'Brien \\\\ \"x\"\\nnext'");
    expect(cypherString('bell\u0007')).toBe("'bell\\u0007'");
  });

  it('creates the id constraint, then only MERGEs keyed on id (so running it twice changes nothing)', () => {
    expect(statements[0]).toBe('CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE');
    for (const s of statements.slice(1)) {
      expect(s).toMatch(/^UNWIND \[\n[^]*\n\] AS row\n/);
      expect(s).toMatch(/MERGE \(n:Entity \{id: row\.id\}\)\nSET n \+= row\.props, n:[A-Z][a-z]+$|MERGE \(a\)-\[r:[A-Z_]+ \{id: row\.id\}\]->\(b\)\nSET r \+= row\.props$/);
      expect(s).not.toMatch(/\bCREATE\b/);
    }
  });

  it('writes every node and relation once, in batches of the requested size, labels by type and types by kind', () => {
    const nodeRows = script.match(/^ {2}\{id: '[^']*', props:/gm) ?? [];
    const relRows = script.match(/^ {2}\{id: '[^']*', source:/gm) ?? [];
    expect(nodeRows).toHaveLength(graph.order);
    expect(relRows).toHaveLength(graph.size);
    for (const s of statements.slice(1)) expect((s.match(/^ {2}\{id:/gm) ?? []).length).toBeLessThanOrEqual(4);
    expect(script).toMatch(/\{id: 'person:vucic', props: \{name: 'Aleksandar Vučić', type: 'person'[^\n]*\n[^]*?n:Person;/);
    expect(script).toContain("MERGE (a)-[r:ROLE {id: row.id}]->(b)");
    expect(script).toContain("name: 'Ben & Jerry\\'s <\"Union\">\uFFFE bar'");
  });

  it('never lets a type or kind from the data become a label', () => {
    const g = hostileGraph();
    g.setNodeAttribute('org:bj', 'type', 'x) DETACH DELETE n //' as never);
    const s = collect(cypherChunks(g));
    // The hostile value only ever appears inside a quoted string literal...
    expect(s.split("type: 'x) DETACH DELETE n //'").length - 1).toBe(1);
    expect(s.replace("type: 'x) DETACH DELETE n //'", '')).not.toContain('DETACH');
    // ...and the node gets the fallback label.
    expect(s).toMatch(/'org:bj'[^\n]*\n[^]*?n:Other;/);
  });
});
