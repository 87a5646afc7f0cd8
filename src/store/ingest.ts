// Ingest: read and analyse new articles, merge them with what the store holds,
// rebuild and lay out the graph, commit. The same article twice is a no-op
// (content-hash ids); a changed file at a known path replaces its old version.
import type { ArticleAnalysis } from '../types.ts';
import { KgError } from '../errors.ts';
import { analyzeArticle, loadStages } from '../pipeline/analyze.ts';
import { buildGraph } from '../graph/build.ts';
import { layoutGraph } from '../graph/layout.ts';
import { collectInputFiles } from './input-files.ts';
import { readArticleFile } from './read-article-file.ts';
import { acquireLock, commit, pruneAnalyses, readAllAnalyses, readManifest, writeAnalyses, type Manifest } from './store.ts';
import { graphPath } from './graph-file.ts';
import fs from 'node:fs';

export interface IngestOptions {
  dataDir: string;
  rebuild?: boolean;
  /** Called for each skipped file (unreadable, empty, binary...). */
  onWarning?: (message: string) => void;
  onProgress?: (done: number, total: number) => void;
}

export interface IngestReport {
  files: number;
  added: number;
  replaced: number;
  unchanged: number;
  skipped: number;
  documents: number;
  nodes: number;
  edges: number;
}

export async function ingest(paths: string[], options: IngestOptions): Promise<IngestReport> {
  const files = collectInputFiles(paths);
  const release = acquireLock(options.dataDir);
  try {
    const old = readManifest(options.dataDir);
    const manifest: Manifest = { version: old.version, documents: options.rebuild ? {} : { ...old.documents } };
    const bySource = new Map(Object.values(manifest.documents).map((d) => [d.source, d.id]));
    const stages = await loadStages();
    const fresh: ArticleAnalysis[] = [];
    const report: IngestReport = { files: files.length, added: 0, replaced: 0, unchanged: 0, skipped: 0, documents: 0, nodes: 0, edges: 0 };
    let done = 0;
    for (const file of files) {
      try {
        const article = readArticleFile(file.path);
        if (manifest.documents[article.id] || fresh.some((a) => a.document.id === article.id)) {
          report.unchanged++;
        } else {
          const previous = bySource.get(article.source);
          if (previous && previous !== article.id) { delete manifest.documents[previous]; report.replaced++; } else report.added++;
          fresh.push(analyzeArticle(article, stages));
        }
      } catch (e) {
        if (!(e instanceof KgError) || files.length === 1) throw e;
        report.skipped++;
        options.onWarning?.(`skipped ${file.path}: ${e.message}`);
      }
      options.onProgress?.(++done, files.length);
    }
    if (report.skipped === files.length) throw new KgError(`ingest: none of the ${files.length} files could be read`);
    const changed = fresh.length > 0 || report.replaced > 0 || options.rebuild || !fs.existsSync(graphPath(options.dataDir));
    if (changed) {
      writeAnalyses(options.dataDir, fresh);
      for (const a of fresh) manifest.documents[a.document.id] = { id: a.document.id, source: a.document.source, title: a.document.title, chars: a.document.chars };
      const analyses = readAllAnalyses(options.dataDir, manifest);
      const graph = buildGraph(analyses);
      layoutGraph(graph);
      commit(options.dataDir, manifest, graph);
      pruneAnalyses(options.dataDir, manifest);
      report.nodes = graph.order;
      report.edges = graph.size;
    } else {
      const graph = JSON.parse(fs.readFileSync(graphPath(options.dataDir), 'utf8')) as { nodes: unknown[]; edges: unknown[] };
      report.nodes = graph.nodes.length;
      report.edges = graph.edges.length;
    }
    report.documents = Object.keys(manifest.documents).length;
    return report;
  } finally {
    release();
  }
}
