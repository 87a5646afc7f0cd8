// The baseline of the whole-process rows: a script that runs compromise over the
// same files and prints its people, places and organisations, as `kg extract`
// does with its own entities. Written to a temporary folder by the benchmark.
import { writeFileSync } from 'node:fs';
import path from 'node:path';

/** Write the script into `dir` and return its path; `root` is the repository (for compromise). */
export function writeCompromiseScript(dir: string, root: string): string {
  const script = path.join(dir, 'compromise-extract.mjs');
  writeFileSync(script, [
    `import nlp from ${JSON.stringify(path.join(root, 'node_modules/compromise/src/three.js'))};`,
    `import { readFileSync, readdirSync, statSync } from 'node:fs';`,
    `import path from 'node:path';`,
    `const files = process.argv.slice(2).flatMap((f) => statSync(f).isDirectory() ? readdirSync(f).sort().map((n) => path.join(f, n)) : [f]);`,
    `for (const f of files) { const d = nlp(readFileSync(f, 'utf8'));`,
    `  process.stdout.write(JSON.stringify({ people: d.people().out('array'), places: d.places().out('array'), orgs: d.organizations().out('array') }) + '\\n'); }`,
  ].join('\n'));
  return script;
}
