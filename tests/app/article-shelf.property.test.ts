// Two tabs of one browser share one store: random sequences of adds, removes,
// reloads and failing writes, in either tab, never lose an article. What a
// tab reported as saved is in the store; what failed stays on that tab's
// screen, marked unsaved; after the tabs hear of each other's changes, both
// show every stored article.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ArticleShelf, type ShelfChannel } from '../../src/app/lib/article-shelf.ts';
import type { UserArticle } from '../../src/app/lib/workspace-file.ts';
import { MemoryStore, StoreError } from '../../src/app/lib/workspace-store.ts';

/** A BroadcastChannel stand-in: a message reaches every other channel of the hub when delivered. */
class Hub {
  channels: FakeChannel[] = [];
  queue: FakeChannel[] = [];
  channel(): FakeChannel {
    const c = new FakeChannel(this);
    this.channels.push(c);
    return c;
  }
}
class FakeChannel implements ShelfChannel {
  onmessage: ((event: MessageEvent) => void) | null = null;
  constructor(private hub: Hub) {}
  postMessage(): void {
    for (const other of this.hub.channels) if (other !== this) this.hub.queue.push(other);
  }
  close(): void {}
}

/** A store whose writes fail while `full` is set, as IndexedDB does with QuotaExceededError. */
class FullableStore extends MemoryStore {
  full = false;
  #check(): void {
    if (this.full) throw new StoreError("this browser's storage for the app is full (QuotaExceededError)", 'full');
  }
  override async addArticle(a: UserArticle): Promise<boolean> {
    this.#check();
    return super.addArticle(a);
  }
  override async putArticle(a: UserArticle): Promise<void> {
    this.#check();
    return super.putArticle(a);
  }
}

const article = (id: string, n: number): UserArticle => ({ id, title: `Article ${n}`, published: null, text: `Text of article ${n}.`, hidden: false, origin: 'pasted', addedAt: new Date(1_700_000_000_000 + n).toISOString() });

type Op = { tab: 0 | 1; kind: 'add' | 'remove' | 'reload' | 'fill' | 'free'; pick: number };
const op = fc.record({ tab: fc.constantFrom<0 | 1>(0, 1), kind: fc.constantFrom<Op['kind']>('add', 'add', 'add', 'remove', 'reload', 'fill', 'free'), pick: fc.nat(20) });

describe('the user’s articles in two tabs', () => {
  it('never loses an article', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 40 }), fc.boolean(), async (ops, deliverEachTime) => {
        const store = new FullableStore();
        const hub = new Hub();
        const tabs = [new ArticleShelf(store, hub.channel()), new ArticleShelf(store, hub.channel())];
        let pendingReload = new Set<number>();
        tabs.forEach((t, i) => (t.onOtherTab = () => pendingReload.add(i)));
        /** What the user was told is kept: saved and not removed since. */
        const kept = new Map<string, string>();
        /** What a tab shows unsaved (its write failed): tab → ids. */
        let n = 0;
        const deliver = async () => {
          for (const c of hub.queue.splice(0)) c.onmessage?.(new MessageEvent('message'));
          const reload = [...pendingReload];
          pendingReload = new Set();
          for (const i of reload) await tabs[i]!.reload();
        };
        for (const o of ops) {
          const tab = tabs[o.tab]!;
          if (o.kind === 'fill') store.full = true;
          else if (o.kind === 'free') store.full = false;
          else if (o.kind === 'reload') await tab.reload();
          else if (o.kind === 'add') {
            n++;
            // Both tabs pick ids from what they know: the same id in two tabs is the race the store must settle.
            const [id] = await tab.freeIds([`yours/a-${o.pick % 3}.txt`], new Set());
            const { saved, failed } = await tab.add([article(id!, n)]);
            for (const a of saved) kept.set(a.id, a.text);
            for (const f of failed) expect(tab.unsaved.has(f.article.id)).toBe(true);
            expect(saved.length + failed.length).toBe(1);
          } else if (tab.list.length > 0) {
            const gone = tab.list[o.pick % tab.list.length]!;
            await tab.remove(gone.id);
            kept.delete(gone.id);
          }
          if (deliverEachTime) await deliver();
          // Nothing the user was told is saved is missing from the store.
          const stored = new Map(((await store.articles()) as UserArticle[]).map((a) => [a.id, a.text]));
          for (const [id, text] of kept) expect(stored.get(id)).toBe(text);
          // An unsaved article is still on its tab's screen.
          for (const t of tabs) for (const id of t.unsaved.keys()) expect(t.list.some((a) => a.id === id)).toBe(true);
        }
        await deliver();
        for (const t of tabs) await t.reload();
        const stored = ((await store.articles()) as UserArticle[]).map((a) => a.id).sort();
        for (const t of tabs) {
          const shown = t.list.map((a) => a.id);
          // Every stored article is on both tabs' screens, once; the rest are that tab's unsaved ones.
          expect(new Set(shown).size).toBe(shown.length);
          expect(shown.filter((id) => !t.unsaved.has(id)).sort()).toEqual(stored);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('renames an id another tab took meanwhile instead of writing over its article', async () => {
    const store = new MemoryStore();
    const a = new ArticleShelf(store, null);
    const b = new ArticleShelf(store, null);
    const [idA] = await a.freeIds(['yours/note.txt'], new Set());
    const [idB] = await b.freeIds(['yours/note.txt'], new Set());
    expect(idA).toBe(idB); // neither has seen the other's article yet
    await a.add([article(idA!, 1)]);
    const { saved, renamed } = await b.add([article(idB!, 2)]);
    expect(saved[0]!.id).toBe('yours/note-2.txt');
    expect(renamed.get('yours/note.txt')).toBe('yours/note-2.txt');
    expect(((await store.articles()) as UserArticle[]).map((r) => r.title).sort()).toEqual(['Article 1', 'Article 2']);
  });

  it('lists a stored record that fails the checks with its reason, and keeps it', async () => {
    const store = new MemoryStore();
    await store.putArticle({ ...article('yours/long.txt', 1), text: 'x'.repeat(2 * 1024 * 1024 + 38) });
    await store.putArticle(article('yours/fine.txt', 2));
    const shelf = new ArticleShelf(store, null);
    await shelf.reload();
    expect(shelf.list.map((a) => a.id)).toEqual(['yours/fine.txt']);
    expect(shelf.refused).toHaveLength(1);
    expect(shelf.refused[0]!.reason).toMatch(/2,097,190 characters .*at most 2,097,152/);
    expect(shelf.refused[0]!.text).toHaveLength(2 * 1024 * 1024 + 38);
    await shelf.reload();
    expect((await store.articles()).length).toBe(2); // never dropped by a reload
  });
});
