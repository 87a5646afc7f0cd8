// Corrections from the viewer: GET /api/corrections says whether this server may
// write them (a store on this computer: `--data`, bound to a loopback address) and
// lists the recent ones; POST /api/corrections/merge, /split and /undo make them in
// the same store as `kg merge` / `kg split` (store/corrections.ts). A page on
// another site must not be able to do that through the user's browser, so a write
// needs a JSON body (a cross-site form cannot send one, and a cross-site script
// cannot without a preflight this server never answers), an Origin, when sent, of
// this server, and a Host header naming this computer (no DNS rebinding).
import type http from 'node:http';
import type { KnowledgeGraph } from '../types.ts';
import { UsageError } from '../errors.ts';
import { correctStore, readCorrectionLog, type CorrectionRequest, type LoggedChange } from '../store/corrections.ts';
import { HttpError } from './api.ts';

export interface CorrectionAccess {
  writable: boolean;
  /** Why not, when not (said in the viewer). */
  why?: string;
}

/** Largest request body accepted (bytes). */
export const MAX_BODY = 16_384;
/** Corrections listed by GET /api/corrections, newest first. */
const LISTED = 50;

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export function correctionAccess(dataDir: string | undefined, host: string): CorrectionAccess {
  if (dataDir === undefined) return { writable: false, why: 'this server shows a graph file, not a store: corrections need `kg serve --data DIR`' };
  if (!LOOPBACK.has(host)) return { writable: false, why: `this server listens on ${host}, not only on this computer: corrections are made only through 127.0.0.1` };
  return { writable: true };
}

/** The checks a write must pass before its body is read; throws an HttpError saying which failed. */
export function checkWrite(req: http.IncomingMessage, port: number): void {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') throw new HttpError(415, `corrections: expected a JSON body (content-type: application/json), got "${type || 'none'}"`);
  const hostHeader = (req.headers.host ?? '').toLowerCase();
  const allowed = [...LOOPBACK].map((h) => `${h.includes(':') ? `[${h}]` : h}:${port}`);
  if (!allowed.includes(hostHeader)) throw new HttpError(403, `corrections: refused a request for host "${hostHeader}"; only ${allowed[0]} is served`);
  const origin = req.headers.origin;
  if (origin !== undefined && !allowed.map((h) => `http://${h}`).includes(origin.toLowerCase())) {
    throw new HttpError(403, `corrections: refused a request from another site (Origin ${origin})`);
  }
}

export async function readJsonBody(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new HttpError(413, `corrections: the body is over ${MAX_BODY} bytes`);
    chunks.push(chunk);
  }
  let body: unknown;
  try { body = JSON.parse(Buffer.concat(chunks).toString('utf8')); } catch { throw new HttpError(400, 'corrections: the body is not valid JSON'); }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpError(400, 'corrections: expected a JSON object');
  return body as Record<string, unknown>;
}

function text(body: Record<string, unknown>, name: string, required: boolean): string | undefined {
  const v = body[name];
  if (v === undefined || v === null || v === '') {
    if (required) throw new HttpError(400, `corrections: missing "${name}"`);
    return undefined;
  }
  if (typeof v !== 'string' || v.length > 1000) throw new HttpError(400, `corrections: "${name}" expects a string of at most 1000 characters`);
  return v;
}

/** The request a POST to /api/corrections/<action> asks for. */
export function correctionRequest(action: string, body: Record<string, unknown>): CorrectionRequest {
  const note = { reason: text(body, 'reason', false), by: 'viewer' as const };
  switch (action) {
    case 'merge': return { kind: 'merge', from: text(body, 'from', true)!, into: text(body, 'into', true)!, note };
    case 'split': return { kind: 'split', entity: text(body, 'entity', true)!, note };
    case 'undo': return { kind: 'undo', id: text(body, 'id', true)! };
    default: throw new HttpError(404, `corrections: no action "${action}"; POST /api/corrections/merge, /split or /undo`);
  }
}

export function listCorrections(dataDir: string | undefined, access: CorrectionAccess): { writable: boolean; why?: string; changes: LoggedChange[] } {
  const changes = dataDir === undefined ? [] : readCorrectionLog(dataDir).slice(-LISTED).reverse();
  return { ...access, changes };
}

/** Make the correction; a refusal of the correction itself (same entity, nothing to split) is a 400. */
export function applyCorrection(dataDir: string, request: CorrectionRequest): { change: LoggedChange; graph: KnowledgeGraph } {
  try {
    return correctStore(dataDir, request);
  } catch (e) {
    if (e instanceof UsageError) throw new HttpError(400, e.message);
    throw e;
  }
}
