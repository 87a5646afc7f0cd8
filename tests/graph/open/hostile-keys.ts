// Graph files whose node keys are the names every plain object answers to
// (`__proto__`, `constructor`, `hasOwnProperty`, `toString`), in each format kg
// opens; a star around `__proto__` plus a chain, so every node has edges.
export const HOSTILE_KEYS = ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf', 'plain'] as const;
export const HOSTILE_EDGES: ReadonlyArray<readonly [string, string]> = [
  ['__proto__', 'constructor'], ['hasOwnProperty', '__proto__'], ['toString', '__proto__'],
  ['constructor', 'toString'], ['valueOf', 'plain'], ['plain', '__proto__'],
];
const TYPES = ['person', 'organization', 'country', 'person', 'city', 'person'];

export function hostileJson(): string {
  return JSON.stringify({
    // JSON.parse makes `__proto__` an own key (an object literal would set the prototype instead)
    attributes: { documents: JSON.parse('{"__proto__": {"id": "__proto__", "title": "Proto", "source": "__proto__.txt", "chars": 1, "entities": 1, "relations": 0}}') },
    nodes: HOSTILE_KEYS.map((key, i) => ({ key, attributes: { label: key, type: TYPES[i], documents: ['__proto__'], mentions: i + 1 } })),
    edges: HOSTILE_EDGES.map(([source, target], i) => ({ key: `e${i}`, source, target, attributes: { kind: i % 2 ? 'cooccurrence' : 'role', weight: 1 } })),
  });
}

export function hostileGexf(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes>
${HOSTILE_KEYS.map((k) => `<node id="${k}" label="${k}"/>`).join('\n')}
</nodes><edges>
${HOSTILE_EDGES.map(([s, t], i) => `<edge id="e${i}" source="${s}" target="${t}"/>`).join('\n')}
</edges></graph></gexf>
`;
}

export function hostileGraphml(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="label" for="node" attr.name="label" attr.type="string"/><graph edgedefault="directed">
${HOSTILE_KEYS.map((k) => `<node id="${k}"><data key="label">${k}</data></node>`).join('\n')}
${HOSTILE_EDGES.map(([s, t], i) => `<edge id="e${i}" source="${s}" target="${t}"/>`).join('\n')}
</graph></graphml>
`;
}
