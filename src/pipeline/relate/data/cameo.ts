// The CAMEO event codes the relate stage emits (Conflict and Mediation Event
// Observations, the vocabulary of GDELT and ICEWS). Root codes 01-20 name the
// family; three-digit codes are the sub-events used where the trigger is clear.
// Names follow the CAMEO 1.1b3 codebook.

export const CAMEO_ROOTS: Record<string, string> = {
  '01': 'Make public statement',
  '02': 'Appeal',
  '03': 'Express intent to cooperate',
  '04': 'Consult',
  '05': 'Engage in diplomatic cooperation',
  '06': 'Engage in material cooperation',
  '07': 'Provide aid',
  '08': 'Yield',
  '09': 'Investigate',
  '10': 'Demand',
  '11': 'Disapprove',
  '12': 'Reject',
  '13': 'Threaten',
  '14': 'Protest',
  '15': 'Exhibit military posture',
  '16': 'Reduce relations',
  '17': 'Coerce',
  '18': 'Assault',
  '19': 'Fight',
  '20': 'Use unconventional mass violence',
};

export const CAMEO_CODES: Record<string, string> = {
  '018': 'Make empathetic comment',
  '020': 'Make an appeal or request, not specified',
  '033': 'Express intent to provide material aid',
  '036': 'Express intent to meet or negotiate',
  '040': 'Consult, not specified',
  '042': 'Make a visit',
  '043': 'Host a visit',
  '045': 'Mediate',
  '046': 'Engage in negotiation',
  '050': 'Engage in diplomatic cooperation, not specified',
  '051': 'Praise or endorse',
  '054': 'Grant diplomatic recognition',
  '055': 'Apologize',
  '057': 'Sign formal agreement',
  '061': 'Cooperate economically',
  '062': 'Cooperate militarily',
  '070': 'Provide aid, not specified',
  '071': 'Provide economic aid',
  '072': 'Provide military aid',
  '081': 'Ease administrative sanctions',
  '100': 'Demand, not specified',
  '110': 'Disapprove, not specified',
  '111': 'Criticize or denounce',
  '112': 'Accuse, not specified',
  '115': 'Bring lawsuit against',
  '116': 'Find guilty or liable (legally)',
  '120': 'Reject, not specified',
  '130': 'Threaten, not specified',
  '160': 'Reduce relations, not specified',
  '161': 'Reduce or break diplomatic relations',
  '163': 'Impose embargo, boycott, or sanctions',
  '170': 'Coerce, not specified',
  '171': 'Seize or damage property',
  '172': 'Impose administrative sanctions',
  '173': 'Arrest, detain, or charge with legal action',
  '174': 'Expel or deport individuals',
  '190': 'Use conventional military force, not specified',
  '191': 'Impose blockade, restrict movement',
  '192': 'Occupy territory',
  '194': 'Fight with artillery and tanks',
  '195': 'Employ aerial weapons',
};

/** The readable name of a CAMEO code, falling back to its root family. */
export function cameoName(code: string): string | undefined {
  return CAMEO_CODES[code] ?? CAMEO_ROOTS[code.slice(0, 2)];
}
