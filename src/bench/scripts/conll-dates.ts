// How many CoNLL-2003 documents (eng.train + eng.testa) that carry a dateline get their date from
// the read stage, and every eleventh one printed beside its dateline so a person can check them.
// Run: npx tsx src/bench/scripts/conll-dates.ts [--samples N]
import { conllDocuments } from '../conll-docs.ts';
import { readArticle } from '../../pipeline/read.ts';
import { CONLL2003, requireConll } from '../../cli/evaluation-data.ts';

const files = [CONLL2003.train, CONLL2003.dev];
requireConll('conll-dates', files, 'nothing else to measure dates on');
const wanted = Number(process.argv[process.argv.indexOf('--samples') + 1]) || 100;
let withDateline = 0, dated = 0, agree = 0, total = 0;
const samples: string[] = [];
for (const file of files) {
  for (const text of conllDocuments(file)) {
    total++;
    const head = text.split('\n').slice(0, 6).join('\n');
    // what a reader sees as the dateline: an ISO date on one of the first lines
    const written = /\b(\d{4}-\d{2}-\d{2})\b/.exec(head)?.[1];
    const article = readArticle(Buffer.from(text), `conll-${total}.txt`);
    if (!written) continue;
    withDateline++;
    if (article.date) dated++;
    if (article.date === written) agree++;
    if (total % 11 === 0 && samples.length < wanted) {
      const line = head.split('\n').find((l) => l.includes(written))!;
      samples.push(`${String(samples.length + 1).padStart(3)}. ${article.date ?? '(none)'} ${article.dateSource ?? ''}  <-  "${line}"`);
    }
  }
}
console.log(samples.join('\n'));
console.log(`${total} documents, ${withDateline} with a dateline; dated: ${dated} (${((100 * dated) / withDateline).toFixed(1)}%); the date the dateline writes: ${agree}`);
