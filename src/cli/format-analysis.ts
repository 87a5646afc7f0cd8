// Readable text form of one article analysis, for `kg extract` without --json.
import type { ArticleAnalysis, Entity } from '../types.ts';

export function formatAnalysis(a: ArticleAnalysis): string {
  const lines: string[] = [];
  lines.push(`# ${a.document.title ?? a.document.source}  (${a.document.source}, ${a.document.chars} chars, id ${a.document.id})`);
  const byType = new Map<string, Entity[]>();
  for (const e of a.entities) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
  lines.push('', `Entities (${a.entities.length}):`);
  for (const [type, list] of [...byType].sort()) {
    lines.push(`  ${type}:`);
    for (const e of list.sort((x, y) => y.mentions.length - x.mentions.length)) {
      const aka = e.aliases.length ? `  (also: ${e.aliases.join(', ')})` : '';
      lines.push(`    ${e.name} ×${e.mentions.length}${aka}`);
    }
  }
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  const typed = a.relations.filter((r) => r.kind !== 'cooccurrence');
  lines.push('', `Relations (${typed.length} typed, ${a.relations.length - typed.length} co-occurrences):`);
  for (const r of typed) {
    const flags = [r.negated ? 'negated' : '', r.hypothetical ? 'hypothetical' : '', r.basis === 'context' ? 'from context' : '', r.basis === 'knowledge' ? 'world knowledge, not stated' : ''].filter(Boolean).join(', ');
    const cameo = r.cameo ? ` [CAMEO ${r.cameo}]` : '';
    lines.push(`  ${names.get(r.source) ?? r.source} —${r.predicate}→ ${names.get(r.target) ?? r.target}  (${r.kind}${cameo}${flags ? ', ' + flags : ''})`);
    if (r.evidence[0]) lines.push(`      “${r.evidence[0].text}”`);
  }
  return lines.join('\n');
}
