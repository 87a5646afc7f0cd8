// Time and memory of opening one GEXF file the way `kg serve --graph` does (the
// one-pass reader over 4 MB pieces of the file, default), over the whole text as
// one string (--whole, what it did before: files up to ~512 MB), or with the
// xmldom tree before that (--dom), so they can be compared in separate processes:
//   /usr/bin/time -v npx tsx src/bench/scripts/gexf-read.ts big.gexf [--whole | --dom]
// A file to read: --make N writes a generated graph of N entities as GEXF first.
import fs from 'node:fs';
import path from 'node:path';
import xmldom from '@xmldom/xmldom';
import gexf from 'graphology-gexf/node/index.js';
import { MultiGraph } from 'graphology';
import { parseGraphFile } from '../../graph/open/index.ts';
import { normalizeGraph } from '../../graph/open/normalize.ts';
import { generateGraph } from '../graph-gen.ts';
import { gexfChunks } from '../../export/index.ts';
import { loadGraphFile } from '../../server/store-graph.ts';

const [file, ...rest] = process.argv.slice(2);
if (!file) { process.stderr.write('usage: gexf-read.ts FILE.gexf [--dom] [--make N]\n'); process.exit(64); }
const make = rest.indexOf('--make');
if (make !== -1) {
  const fd = fs.openSync(file, 'w');
  for (const chunk of gexfChunks(generateGraph(Number(rest[make + 1]), 5, 11))) fs.writeSync(fd, chunk);
  fs.closeSync(fd);
  process.stdout.write(`wrote ${file}: ${(fs.statSync(file).size / 1e6).toFixed(1)} MB\n`);
  process.exit(0);
}
const started = process.hrtime.bigint();
const mode = rest.includes('--dom') ? 'xmldom tree' : rest.includes('--whole') ? 'one pass over one string' : 'one pass over 4 MB pieces (kg serve --graph)';
let graph;
if (mode.includes('pieces')) {
  graph = await loadGraphFile(file);
} else {
  const text = fs.readFileSync(file, 'utf8');
  graph = rest.includes('--dom')
    ? normalizeGraph(gexf.parse(MultiGraph, new xmldom.DOMParser().parseFromString(text, 'application/xml') as never) as never)
    : parseGraphFile(path.basename(file), text);
}
const ms = Number(process.hrtime.bigint() - started) / 1e6;
const peak = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${mode}: ${graph.order} entities, ${graph.size} relations in ${(ms / 1000).toFixed(1)} s, peak RSS ${peak.toFixed(0)} MB (file ${(fs.statSync(file).size / 1e6).toFixed(1)} MB)\n`);
