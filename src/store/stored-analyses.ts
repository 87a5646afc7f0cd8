// The store's analyses as the graph build reads them: in document-id order, twice
// (graph/build.ts: entities first, then relations). A corpus of 100,000 articles
// stores about 2 GB of analyses, several times that as objects, so they cannot all
// be held at once: each pass reads them from disk one at a time. Up to a budget
// they are kept in memory instead (the ones an ingest has just made, and those the
// first pass read), which spares a store of 10,000 articles reading every file twice.
// Only when all of them fit: holding part of a larger store saves a part of the
// reading but adds the whole budget to the peak. Measured (`kg build` of 65,033
// synthetic articles, 1.6 GB of analyses, 1.04 million relations): peak RSS 3.36 GB
// holding a budget's worth, 2.27 GB holding none, the same CPU time (100 s, 98 s)
// and the same graph.json.
import type { ArticleAnalysis, DocumentInfo } from '../types.ts';
import type { AnalysesInIdOrder } from '../graph/build.ts';
import { readSizedAnalysis, storedAnalysisBytes, type Manifest } from './store.ts';

/**
 * Characters of analysis JSON held in memory at most; the objects take about 1.5
 * times as many bytes. 10,000 synthetic articles (`npm run bench -- ingest`) store
 * 240 M characters and fit; past that, the rest is read from disk on each pass.
 */
export const HELD_ANALYSIS_CHARS = 256 * 1024 * 1024;

/** An analysis just made: its document, its stored JSON text, and the object itself when it was made in this thread. */
export interface MadeAnalysis {
  document: DocumentInfo;
  json: string;
  analysis?: ArticleAnalysis;
}

export class StoredAnalyses {
  private readonly held = new Map<string, ArticleAnalysis>();
  private heldChars = 0;

  constructor(private readonly dataDir: string, private budgetChars = HELD_ANALYSIS_CHARS) {}

  /** Keep an analysis for the build if the budget allows (parsed only then). */
  hold(made: MadeAnalysis): void {
    if (this.held.has(made.document.id) || !this.fits(made.json.length)) return;
    this.keep(made.document.id, made.analysis ?? (JSON.parse(made.json) as ArticleAnalysis), made.json.length);
  }

  /**
   * The analyses `manifest` names, in id order: held ones from memory, others from
   * disk (held too when all of them fit the budget; if not, none is held).
   */
  inIdOrder(manifest: Manifest): AnalysesInIdOrder {
    const ids = Object.keys(manifest.documents).sort();
    if (!this.allFit(ids)) {
      this.release();
      this.budgetChars = 0;
    }
    const self = this;
    return function* () {
      for (const id of ids) {
        const held = self.held.get(id);
        if (held) { yield held; continue; }
        const { analysis, chars } = readSizedAnalysis(self.dataDir, id);
        if (self.fits(chars)) self.keep(id, analysis, chars);
        yield analysis;
      }
    };
  }

  /** Let go of every held analysis. */
  release(): void {
    this.held.clear();
    this.heldChars = 0;
  }

  /** Whether the analyses of `ids` not held yet fit the budget beside those held. */
  private allFit(ids: string[]): boolean {
    let chars = this.heldChars;
    for (const id of ids) {
      if (!this.held.has(id)) chars += storedAnalysisBytes(this.dataDir, id);
      if (chars > this.budgetChars) return false;
    }
    return true;
  }

  private fits(chars: number): boolean {
    return this.heldChars + chars <= this.budgetChars;
  }

  private keep(id: string, analysis: ArticleAnalysis, chars: number): void {
    this.held.set(id, analysis);
    this.heldChars += chars;
  }
}
