// The gender an honorific before a name states ("Mr Okoro", "Ms Ruiz"): what "he" and "she" can refer to, for the
// rules (phrases.ts, resolvePronoun) and the news model's anaphor candidates alike.
export const GENDER_BY_HONORIFIC: Readonly<Record<string, 'male' | 'female'>> = {
  mr: 'male', 'mr.': 'male', sir: 'male', lord: 'male', messrs: 'male',
  mrs: 'female', 'mrs.': 'female', ms: 'female', 'ms.': 'female', miss: 'female', mme: 'female', 'mme.': 'female', dame: 'female', lady: 'female',
};
