// The workspace file: the user's articles, the graph on screen and the view,
// as one JSON file to carry to another machine or a colleague. Writing and
// reading are pure; reading checks every field and says which one is wrong.
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../core/schema.ts';
import { checkJsonDepth } from '../../core/io/json.ts';
import { MAX_ARTICLE_BYTES } from './article-input.ts';
import { type Correction, checkCorrection } from '../../core/graph/corrections.ts';
import { checkTimeRange, type TimeRange } from './timeline-dates.ts';
import { isColourMode, isSizeMeasure, type ColourMode, type SizeMeasure } from '../../core/graph/measures.ts';

export const WORKSPACE_FORMAT = 'news-kg/workspace@1';
const MODULE = 'app/workspace-file';
const MAX_ARTICLES = 2000;
const MAX_CORRECTIONS = 10_000;

export interface UserArticle {
  /** Document id: "yours/<name>", never one of the corpus's ids. */
  id: string;
  title: string;
  published: string | null;
  text: string;
  /** Hidden articles are kept but left out of the graph. */
  hidden: boolean;
  /** Where it came from: a file name, or "pasted". */
  origin: string;
  addedAt: string;
}

export type GraphSource = { type: 'articles' } | { type: 'import'; name: string; format: string; notes: string[] };

export interface ViewState {
  layout?: string;
  kinds?: string[];
  statuses?: string[];
  /** "Hide unconnected": on, off, or as the graph's share of unconnected nodes decides. */
  hideUnconnected?: boolean | 'auto';
  focusHops?: 0 | 1 | 2;
  selection?: { type: 'node' | 'edge'; id: string } | null;
  /** The articles shown; null or absent: every one. */
  articles?: string[] | null;
  /** The places (node keys) whose meetings are shown; null or absent: everywhere. */
  places?: string[] | null;
  /** The meetings' time range (the timeline's brush); null or absent: any time. */
  timeRange?: TimeRange | null;
  /** Where the canvas looks: its zoom and pan. */
  viewport?: { zoom: number; x: number; y: number };
  /** What node size means. */
  sizeBy?: SizeMeasure;
  /** Node colour: by kind or by group. */
  colourBy?: ColourMode;
}

export type SerializedKnowledgeGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface Workspace {
  format: typeof WORKSPACE_FORMAT;
  savedAt: string;
  corpus: string;
  articles: UserArticle[];
  source: GraphSource;
  graph: SerializedKnowledgeGraph;
  view: ViewState;
  /** The user's corrections, applied to `graph` (which is kept as built) when it is shown. */
  corrections?: Correction[];
}

export function workspaceText(workspace: Omit<Workspace, 'format' | 'savedAt'>, savedAt = new Date()): string {
  return JSON.stringify({ format: WORKSPACE_FORMAT, savedAt: savedAt.toISOString(), ...workspace } satisfies Workspace);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

function fail(problem: string): never {
  throw new Error(`${MODULE}: not a usable workspace file: ${problem}`);
}

/** Whether the text holds the marker as JSON may spell it: with its "/" escaped or not (\u escapes are not looked for). */
const holdsMarker = (text: string): boolean => text.includes(WORKSPACE_FORMAT) || text.includes(WORKSPACE_FORMAT.replace('/', '\\/'));

/**
 * The data of a workspace file, or null when the text is not one: JSON whose
 * top-level "format" is the workspace marker, wherever that key stands (a
 * file saved by `jq -S` has it after "articles"), and not a marker met
 * deeper down (a graph whose node is named after it). Throws when the JSON
 * nests too deep to parse safely.
 */
export function workspaceData(text: string): unknown | null {
  // Only a JSON object holding the marker can be one. Looked for first, so
  // that a 30 MB graph is not parsed on the page (0.4 s) only to be sent on.
  if (!/^\s*\{/.test(text) || !holdsMarker(text)) return null;
  checkJsonDepth(text, MODULE);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  return isRecord(data) && data.format === WORKSPACE_FORMAT ? data : null;
}

/**
 * Why an article's text cannot be kept, or null. Checked on the text as it is
 * stored (a pasted article's title and date lines included), and the same
 * check runs when adding, restoring and opening a workspace file.
 */
export function storedTextProblem(text: string): string | null {
  if (text.trim() === '') return 'its text is empty';
  if (text.length > MAX_ARTICLE_BYTES) return `its text has ${text.length.toLocaleString('en')} characters (title and date lines included); an article can have at most ${MAX_ARTICLE_BYTES.toLocaleString('en')}`;
  return null;
}

/** A user article from untrusted data, or an explanation. */
export function checkUserArticle(value: unknown, where: string): UserArticle {
  if (!isRecord(value)) fail(`${where} is not an object`);
  const { id, title, published, text, hidden, origin, addedAt } = value;
  if (typeof id !== 'string' || id === '' || id.length > 300) fail(`${where}.id should be a non-empty string`);
  if (typeof text !== 'string') fail(`${where}.text should be the article's text`);
  const problem = storedTextProblem(text);
  if (problem) fail(`${where}: ${problem}`);
  if (title !== undefined && typeof title !== 'string') fail(`${where}.title should be a string`);
  if (published !== undefined && published !== null && typeof published !== 'string') fail(`${where}.published should be a date string or null`);
  return {
    id,
    text,
    title: (typeof title === 'string' && title.trim()) || id,
    published: typeof published === 'string' ? published : null,
    hidden: hidden === true,
    origin: typeof origin === 'string' ? origin : 'workspace',
    addedAt: typeof addedAt === 'string' ? addedAt : new Date(0).toISOString(),
  };
}

export function checkViewState(value: unknown): ViewState {
  if (!isRecord(value)) return {};
  const view: ViewState = {};
  if (typeof value.layout === 'string') view.layout = value.layout;
  if (isStrings(value.kinds)) view.kinds = value.kinds;
  if (isStrings(value.statuses)) view.statuses = value.statuses;
  if (typeof value.hideUnconnected === 'boolean' || value.hideUnconnected === 'auto') view.hideUnconnected = value.hideUnconnected;
  if (value.focusHops === 0 || value.focusHops === 1 || value.focusHops === 2) view.focusHops = value.focusHops;
  const sel = value.selection;
  if (isRecord(sel) && (sel.type === 'node' || sel.type === 'edge') && typeof sel.id === 'string') view.selection = { type: sel.type, id: sel.id };
  if (isStrings(value.articles)) view.articles = value.articles;
  if (isStrings(value.places) || value.places === null) view.places = value.places;
  if (value.timeRange === null || checkTimeRange(value.timeRange)) view.timeRange = checkTimeRange(value.timeRange);
  if (isSizeMeasure(value.sizeBy)) view.sizeBy = value.sizeBy;
  if (isColourMode(value.colourBy)) view.colourBy = value.colourBy;
  const vp = value.viewport;
  if (isRecord(vp) && [vp.zoom, vp.x, vp.y].every((n) => typeof n === 'number' && Number.isFinite(n)) && (vp.zoom as number) > 0) view.viewport = { zoom: vp.zoom as number, x: vp.x as number, y: vp.y as number };
  return view;
}

function checkSource(value: unknown): GraphSource {
  if (isRecord(value) && value.type === 'import') {
    return { type: 'import', name: typeof value.name === 'string' ? value.name : 'imported graph', format: typeof value.format === 'string' ? value.format : '', notes: isStrings(value.notes) ? value.notes : [] };
  }
  return { type: 'articles' };
}

/**
 * Reads a workspace file's data (already JSON-parsed). The graph is returned
 * as it is: the caller reads it with the JSON graph reader, which checks it.
 */
export function parseWorkspace(data: unknown): Workspace {
  if (!isRecord(data) || data.format !== WORKSPACE_FORMAT) fail(`expected "format": "${WORKSPACE_FORMAT}"`);
  if (!Array.isArray(data.articles)) fail('"articles" is missing or not a list');
  if (data.articles.length > MAX_ARTICLES) fail(`it has ${data.articles.length} articles; at most ${MAX_ARTICLES} are read`);
  const articles = data.articles.map((a: unknown, i: number) => checkUserArticle(a, `articles[${i}]`));
  const ids = new Set<string>();
  for (const a of articles) {
    if (ids.has(a.id)) fail(`the article id "${a.id}" is used twice`);
    ids.add(a.id);
  }
  if (!isRecord(data.graph)) fail('"graph" is missing or not an object');
  if (data.corrections !== undefined && (!Array.isArray(data.corrections) || data.corrections.length > MAX_CORRECTIONS)) fail(`"corrections" should be a list of at most ${MAX_CORRECTIONS}`);
  const corrections = ((data.corrections ?? []) as unknown[]).map((c, i) => {
    try {
      return checkCorrection(c, `corrections[${i}]`);
    } catch (error) {
      fail((error instanceof Error ? error.message : String(error)).replace(/^core\/corrections: /, ''));
    }
  });
  return {
    format: WORKSPACE_FORMAT,
    savedAt: typeof data.savedAt === 'string' ? data.savedAt : '',
    corpus: typeof data.corpus === 'string' ? data.corpus : '',
    articles,
    source: checkSource(data.source),
    graph: data.graph as unknown as SerializedKnowledgeGraph,
    view: checkViewState(data.view),
    corrections,
  };
}
