// Names of the twenty CAMEO root event categories (Conflict and Mediation Event
// Observations, Gerner et al.), used to explain an event relation's code.
// Data, not logic: a code is named by its two-digit root.

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

export function cameoLabel(code: string | null | undefined): string | null {
  if (!code) return null;
  const root = CAMEO_ROOTS[code.slice(0, 2)];
  return root ? `CAMEO ${code} · ${root}` : `CAMEO ${code}`;
}
