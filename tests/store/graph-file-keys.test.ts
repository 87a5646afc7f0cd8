import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/store/graph-file.ts';

describe('a store graph whose node keys are named like Object.prototype properties', () => {
  it('loads (the server reloads through loadGraph after a correction), the original name kept as label', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-keys-'));
    const graph = {
      options: { type: 'directed', multi: true, allowSelfLoops: true },
      attributes: {},
      nodes: [
        { key: '__proto__', attributes: { type: 'person', mentions: 1 } },
        { key: 'constructor', attributes: { label: 'Constructor Ltd', type: 'organization', mentions: 1 } },
      ],
      edges: [{ key: 'e0', source: '__proto__', target: 'constructor', attributes: { kind: 'cooccurrence', weight: 1 } }],
    };
    fs.writeFileSync(path.join(dir, 'graph.json'), JSON.stringify(graph));
    const g = loadGraph(dir);
    expect(g.order).toBe(2);
    expect(g.size).toBe(1);
    const labels = g.mapNodes((_k, a) => a.label).sort();
    expect(labels).toEqual(['Constructor Ltd', '__proto__']);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
