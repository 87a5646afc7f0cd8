// Role names people ask about and the other ways articles write the same role,
// so "Who is the foreign minister of X?" finds "minister of foreign affairs".

export const ROLE_SYNONYMS: { role: string; also: string[]; reason: string }[] = [
  { role: 'foreign minister', also: ['minister of foreign affairs', 'foreign secretary', 'top diplomat'], reason: 'common titles of the head of a foreign ministry' },
  { role: 'defence minister', also: ['defense minister', 'minister of defence', 'minister of defense', 'defense secretary', 'defence secretary'], reason: 'British and American spelling, both word orders' },
  { role: 'president', also: ['head of state'], reason: 'a president is usually the head of state' },
  { role: 'prime minister', also: ['premier', 'head of government'], reason: 'the same office under other names' },
  { role: 'leader', also: ['head', 'chief', 'chairman', 'chair', 'president', 'prime minister', 'commander'], reason: '"leader" is asked generically for any top position' },
  { role: 'head', also: ['leader', 'chief', 'chairman', 'chair', 'director'], reason: '"head of" is asked generically for any top position' },
  { role: 'ambassador', also: ['envoy', 'representative'], reason: 'diplomatic representatives' },
  { role: 'envoy', also: ['ambassador', 'representative'], reason: 'diplomatic representatives' },
  { role: 'spokesperson', also: ['spokesman', 'spokeswoman'], reason: 'gendered forms' },
];

/** Words dropped from a role phrase before matching ("the current foreign minister"). */
export const ROLE_FILLERS = new Set(['the', 'a', 'an', 'current', 'new', 'acting', 'incumbent']);
