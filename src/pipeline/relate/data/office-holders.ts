// TEMPORARY stand-in (lead's wiring test; replaced by the data36 branch's file)
export const OFFICES = ['president', 'vice president', 'prime minister', 'chancellor', 'monarch', 'crown prince', 'supreme leader', 'foreign minister', 'defence minister', 'finance minister', 'interior minister'] as const;
export type Office = (typeof OFFICES)[number];
export interface OfficeHolder { name: string; aliases?: string[]; country: string; office: Office; from: number; to?: number }
export const OFFICE_HOLDERS: readonly OfficeHolder[] = [
  { name: 'Nicolas Maduro', country: 'VE', office: 'president', from: 2013 },
  { name: 'Gabriel Boric', country: 'CL', office: 'president', from: 2022 },
  { name: 'Joe Biden', aliases: ['Joseph R. Biden'], country: 'US', office: 'president', from: 2021, to: 2025 },
  { name: 'Fumio Kishida', country: 'JP', office: 'prime minister', from: 2021, to: 2024 },
];
