// The graph contract (../shared/SCHEMA.md) as types. Kinds, relations, meeting
// types and statuses are `as const` arrays so that unions, the legend, filters
// and GraphML keys all derive from one place.
import type { MultiDirectedGraph } from 'graphology';

export const PERSON_KINDS = ['leader', 'official', 'person'] as const;
// `entity` is for imported graphs only (SCHEMA.md: a node whose kind is none of the others); extraction never makes one.
export const NODE_KINDS = [...PERSON_KINDS, 'organization', 'country', 'venue', 'meeting', 'document', 'entity'] as const;
export const RELATIONS = ['participant', 'held_at', 'invited', 'affiliated_with', 'located_in', 'stated', 'mentions'] as const;
export const MEETING_TYPES = ['summit', 'bilateral meeting', 'phone call', 'visit', 'talks'] as const;
export const MEETING_STATUSES = ['held', 'planned', 'proposed'] as const;

export type PersonKind = (typeof PERSON_KINDS)[number];
export type NodeKind = (typeof NODE_KINDS)[number];
export type Relation = (typeof RELATIONS)[number];
export type MeetingType = (typeof MEETING_TYPES)[number];
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** A document of the corpus: id is the file name relative to the corpus folder. */
export interface Doc {
  id: string;
  text: string;
}

/** The span of the supporting sentence in a document; `mention` is the name's own span. */
export interface Evidence {
  doc: string;
  start: number;
  end: number;
  mention?: [number, number];
}

export interface NodeAttributes {
  label: string;
  kind: NodeKind;
  aliases: string[];
  evidence: Evidence[];
  /** leader / official / person */
  roles?: string[];
  /** ISO 3166 alpha-2, or null when unknown */
  country?: string | null;
  /** venue / country: decimal degrees, where known */
  lat?: number;
  lon?: number;
  /** meeting */
  type?: MeetingType;
  date?: string | null;
  status?: MeetingStatus;
  /** document */
  title?: string;
  published?: string | null;
  /** document: the outlet the text names, or its address's host; absent when the text gives neither */
  outlet?: string;
  /** document: the article's address, where the text gives it */
  url?: string;
}

export interface EdgeAttributes {
  relation: Relation;
  evidence: Evidence[];
  /** affiliated_with */
  role?: string;
  /** invited: key of the proposed meeting node */
  meeting?: string;
}

export interface GraphAttributes {
  name?: string;
}

export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export const isPersonKind = (kind: string): kind is PersonKind => (PERSON_KINDS as readonly string[]).includes(kind);

/** leader > official > person: an article or a role that says more senior wins. */
export function moreSenior(a: PersonKind | null, b: PersonKind): PersonKind {
  return a === null || PERSON_KINDS.indexOf(b) < PERSON_KINDS.indexOf(a) ? b : a;
}
