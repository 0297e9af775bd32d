// What `kg serve` lets a client write, and only with the token it was started
// with (`--token T` or KG_SERVE_TOKEN): a correction record for a node. The
// token is compared in constant time; a server started without one writes
// nothing.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { BadRequest, nodeOf } from '../db/queries.ts';
import type { Queryable } from '../db/store.ts';

/** The body a write may send, at most. */
export const MAX_BODY_BYTES = 64 * 1024;
const MAX_NOTE = 2000;
const MAX_VALUE_BYTES = 16 * 1024;
/** What a correction may change (the app's correction types, core/graph/corrections.ts). */
export const CORRECTION_FIELDS = ['merge', 'split', 'rename', 'kind', 'roles', 'date', 'status', 'venue', 'reject-node', 'reject-edge', 'add-edge'] as const;

export class Unauthorized extends Error {}
export class Forbidden extends Error {}
export class TooLarge extends Error {}
export class Missing extends Error {}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Checks the request's `Authorization: Bearer …` against the server's token. */
export function checkToken(req: IncomingMessage, token: string | null): void {
  if (token === null) throw new Forbidden('read-only: this server was started without --token, so it writes nothing');
  const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  if (given === undefined) throw new Unauthorized('writing needs the token: send "Authorization: Bearer <token>"');
  // Digests first: timingSafeEqual needs equal lengths, and the length of the token must not show either.
  if (!timingSafeEqual(digest(given), digest(token))) throw new Unauthorized('wrong token');
}

/** The request's JSON body, at most MAX_BODY_BYTES. */
export async function jsonBody(req: IncomingMessage): Promise<unknown> {
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new BadRequest('send the body as application/json');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new TooLarge(`the body is over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new BadRequest('the body is not JSON');
  }
}

export interface CorrectionRow { id: number; subject: string; field: string; value: unknown; note: string | null; created_at: string }

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Adds a correction of an existing node; answers the stored record. */
export async function addCorrection(db: Queryable, body: unknown): Promise<CorrectionRow> {
  if (!isRecord(body)) throw new BadRequest('a correction is an object: {"subject", "field", "value", "note"}');
  const { subject, field, value = null, note = null } = body;
  if (typeof subject !== 'string') throw new BadRequest('a correction needs "subject": the key of the node it corrects');
  if (typeof field !== 'string' || !(CORRECTION_FIELDS as readonly string[]).includes(field)) throw new BadRequest(`"field" is one of ${CORRECTION_FIELDS.join(', ')}`);
  if (note !== null && (typeof note !== 'string' || note.length > MAX_NOTE)) throw new BadRequest(`"note" is a text of at most ${MAX_NOTE} characters`);
  if (Buffer.byteLength(JSON.stringify(value)) > MAX_VALUE_BYTES) throw new BadRequest(`"value" is at most ${MAX_VALUE_BYTES} bytes of JSON`);
  if ((await nodeOf(db, subject)) === null) throw new Missing(`no node ${JSON.stringify(subject)}`);
  const [row] = await db.query<CorrectionRow>(
    `INSERT INTO corrections (subject, field, value, note) VALUES ($1, $2, $3::jsonb, $4)
     RETURNING id::int AS id, subject, field, value, note, created_at::text AS created_at`,
    [subject, field, JSON.stringify(value), note],
  );
  return row!;
}

/** The corrections of a node, oldest first. */
export async function correctionsOf(db: Queryable, subject: string): Promise<CorrectionRow[]> {
  return db.query<CorrectionRow>(
    'SELECT id::int AS id, subject, field, value, note, created_at::text AS created_at FROM corrections WHERE subject = $1 ORDER BY id',
    [subject],
  );
}
