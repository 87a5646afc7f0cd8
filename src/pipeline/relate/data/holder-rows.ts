// The compact row the office-holder tables are written in (data/office-holders.ts, data/cabinet-ministers.ts).
import type { Office, OfficeHolder } from './office-holders.ts';

/** One row written compactly: [name, office, from, to?, aliases?]. `to` undefined while in office. */
export type Row = [name: string, office: Office, from: number, to?: number, aliases?: string[]];

/** The rows of one country (ISO 3166-1 alpha-2 code). */
export function country(code: string, rows: Row[]): OfficeHolder[] {
  return rows.map(([name, office, from, to, aliases]) => ({
    name, country: code, office, from,
    ...(to !== undefined ? { to } : {}),
    ...(aliases ? { aliases } : {}),
  }));
}

/** One holder of a cabinet post, written compactly: [name, from, to?, aliases?]. */
export type PostRow = [name: string, from: number, to?: number, aliases?: string[]];

/**
 * The cabinet ministers of one country, by post ("commerce secretary": its holders): rows of the catch-all office
 * 'minister', each keeping its post. A person who held several posts has a row for each.
 */
export function cabinet(code: string, posts: Record<string, PostRow[]>): OfficeHolder[] {
  return Object.entries(posts).flatMap(([post, rows]) => rows.map(([name, from, to, aliases]) => ({
    name, country: code, office: 'minister' as const, from, post,
    ...(to !== undefined ? { to } : {}),
    ...(aliases ? { aliases } : {}),
  })));
}
