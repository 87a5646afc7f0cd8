// Time: article dates from text, and dates inside sentences resolved against them.
export { articleDateOfText, type ArticleDate } from './article-date.ts';
export { findAbsoluteDates, type DateMatch } from './absolute.ts';
export { findTimeExpressions, type TimeExpression } from './expressions.ts';
export { tenseAt, type Tense } from './tense.ts';
export { compareIso, precisionOf, type Precision } from './calendar.ts';
export { dateRelations } from './date-relations.ts';
