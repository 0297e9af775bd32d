// Synthetic news articles about meetings between leaders and officials, in
// the forms the extractor reads: role phrases before names ("Foreign Minister
// Ana Kalvoda"), appositions ("Ana Kalvoda, the Finnish ambassador, said"),
// meeting triggers (met, talks, summit, phone call, visit), venues after
// locative prepositions, explicit dates, and a "Published: YYYY-MM-DD" line.
import type { Random } from '../src/core/seeded-random.ts';
import { type Country, type Person, type World, pick, titleOf } from './gen-corpus-world.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TOPICS = ['trade', 'energy security', 'the war in the region', 'arms control', 'migration', 'climate policy', 'sanctions', 'a new gas pipeline', 'food exports', 'border security', 'nuclear talks', 'visa rules'];

export interface Article {
  /** File name, e.g. `000042_finland-russia.txt`. */
  name: string;
  text: string;
}

interface Day {
  y: number;
  m: number;
  d: number;
}

const iso = (day: Day) => `${day.y}-${String(day.m + 1).padStart(2, '0')}-${String(day.d).padStart(2, '0')}`;
const spoken = (day: Day) => `${MONTHS[day.m]} ${day.d}, ${day.y}`;

/** A named person's full reference with title: "Prime Minister Ana Kalvoda". */
const titled = (p: Person) => `${titleOf(p.role)} ${p.name}`;

function otherCountry(rnd: Random, world: World, not: Country): Country {
  for (;;) {
    const c = pick(rnd, world.countries);
    if (c !== not) return c;
  }
}

/** Officials are drawn more often than leaders, and a few well-known leaders recur a lot, as in real news. */
function actor(rnd: Random, c: Country): Person {
  if (c.officials.length > 0 && rnd() < 0.55) return pick(rnd, c.officials);
  return rnd() < 0.5 ? c.leaders[0]! : pick(rnd, c.leaders);
}

function place(rnd: Random, world: World, host: Country): { venue: string | null; city: string } {
  return { venue: rnd() < 0.45 ? pick(rnd, world.venues) : null, city: pick(rnd, host.cities) };
}

const where = (p: { venue: string | null; city: string }) => (p.venue ? `at the ${p.venue} in ${p.city}` : `in ${p.city}`);

/** Sentences about one meeting between `a` and `b`; each form is one the extractor handles. */
function meetingParagraph(rnd: Random, world: World, a: Person, b: Person, day: Day, published: Day): string[] {
  const host = rnd() < 0.5 ? a.country : b.country;
  const at = place(rnd, world, host);
  const topic = pick(rnd, TOPICS);
  const future = published.y < day.y || (published.y === day.y && (published.m < day.m || (published.m === day.m && published.d < day.d)));
  const forms = future
    ? [
        `${titled(a)} will meet ${titled(b)} ${where(at)} on ${MONTHS[day.m]} ${day.d}, ${day.y}, officials said.`,
        `${titled(a)} and ${titled(b)} are expected to hold talks ${where(at)} in ${MONTHS[day.m]} ${day.y}.`,
        `${titled(a)} invited ${titled(b)} to visit ${at.city} in ${MONTHS[day.m]} ${day.y}.`,
        `A summit between ${titled(a)} and ${titled(b)} is planned ${where(at)} on ${spoken(day)}.`,
      ]
    : [
        `${titled(a)} met ${titled(b)} ${where(at)} on ${spoken(day)} to discuss ${topic}.`,
        `On ${spoken(day)}, ${titled(a)} held talks with ${titled(b)} ${where(at)}.`,
        `${titled(a)} spoke by phone with ${titled(b)} on ${spoken(day)}, discussing ${topic}.`,
        `${titled(a)} hosted ${titled(b)} ${where(at)} on ${spoken(day)} for a bilateral meeting on ${topic}.`,
        `${titled(a)} and ${titled(b)} met for a summit ${where(at)} on ${spoken(day)}.`,
      ];
  const lines = [pick(rnd, forms)];
  if (rnd() < 0.6) lines.push(`The two leaders discussed ${topic} and ${pick(rnd, TOPICS)}, ${a.short} said afterwards.`);
  if (rnd() < 0.5) {
    const aide = a.country.officials.length > 0 ? pick(rnd, a.country.officials) : null;
    if (aide && aide !== a) lines.push(`${aide.name}, the ${a.country.demonym} ${aide.role}, said the talks with ${b.short} had been "${pick(rnd, ['useful', 'frank', 'constructive', 'difficult'])}".`);
  }
  return lines;
}

function analystParagraph(rnd: Random, world: World, about: Person): string {
  const analyst = world.analysts.length > 0 ? pick(rnd, world.analysts) : null;
  if (!analyst) return `Observers said ${about.short} had little room to move on ${pick(rnd, TOPICS)}.`;
  const forms = [
    `"This is about ${pick(rnd, TOPICS)} more than anything else," said ${analyst.name}, a political analyst at the ${pick(rnd, world.thinkTanks)}.`,
    `${analyst.name}, an expert on ${about.country.name} at the ${pick(rnd, world.thinkTanks)}, said ${about.short} needed a result.`,
    `Analyst ${analyst.name} told the ${pick(rnd, world.outlets)} that little would change soon.`,
  ];
  return pick(rnd, forms);
}

function dayNear(rnd: Random, published: Day, spread: number): Day {
  const t = Date.UTC(published.y, published.m, published.d) + Math.round((rnd() * 2 - 1) * spread) * 86_400_000;
  const at = new Date(t);
  return { y: at.getUTCFullYear(), m: at.getUTCMonth(), d: at.getUTCDate() };
}

/** The `index`-th article of the corpus. */
export function makeArticle(rnd: Random, world: World, index: number): Article {
  const published: Day = { y: 2016 + Math.floor(rnd() * 10), m: Math.floor(rnd() * 12), d: 1 + Math.floor(rnd() * 28) };
  const home = pick(rnd, world.countries);
  const a = actor(rnd, home);
  const away = otherCountry(rnd, world, home);
  const b = actor(rnd, away);
  const title = pick(rnd, [
    `${a.short} and ${b.short} meet in ${pick(rnd, home.cities)}`,
    `${home.demonym} and ${away.demonym} leaders hold talks`,
    `${a.short} to host ${b.short} as ties warm`,
    `What the ${a.short}–${b.short} talks mean for ${pick(rnd, TOPICS)}`,
  ]);
  const paragraphs: string[] = [title, `Published: ${iso(published)}`, `By ${pick(rnd, world.analysts.length ? world.analysts : [a]).name}, ${pick(rnd, world.outlets)}`];
  paragraphs.push(meetingParagraph(rnd, world, a, b, dayNear(rnd, published, 10), published).join(' '));
  const more = 1 + Math.floor(rnd() * 4);
  for (let i = 0; i < more; i++) {
    const c = rnd() < 0.5 ? home : otherCountry(rnd, world, home);
    const x = actor(rnd, c);
    const y = actor(rnd, otherCountry(rnd, world, c));
    paragraphs.push(meetingParagraph(rnd, world, x, y, dayNear(rnd, published, 60), published).join(' '));
    if (rnd() < 0.5) paragraphs.push(analystParagraph(rnd, world, x));
  }
  paragraphs.push(`${a.short} is due to return to ${pick(rnd, home.cities)} later this week.`);
  const slug = `${home.code}-${away.code}`.toLowerCase();
  return { name: `${String(index).padStart(6, '0')}_${slug}.txt`, text: `${paragraphs.join('\n\n')}\n` };
}
