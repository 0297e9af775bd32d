// Driving the timeline as a user does: where a year is on its axis, a drag across it.
import type { Page } from 'playwright-core';

/** Page x of a time on the timeline, read off two ticks of its axis (years at the first zoom). */
export async function axisX(page: Page, year: number): Promise<number> {
  return page.evaluate((wanted) => {
    const svg = document.querySelector('.timeline svg[aria-label="Meetings by date"]')!;
    const left = svg.getBoundingClientRect().left;
    const ticks = [...svg.querySelectorAll<SVGGElement>('.axis .tick')].map((t) => ({ year: Number(t.textContent), x: t.transform.baseVal[0]!.matrix.e }));
    const years = ticks.filter((t) => Number.isInteger(t.year) && t.year > 1900);
    if (years.length < 2) throw new Error(`axis ticks: ${JSON.stringify(ticks)}`);
    const [a, b] = [years[0]!, years[years.length - 1]!];
    return left + a.x + ((wanted - a.year) * (b.x - a.x)) / (b.year - a.year);
  }, year);
}

/** Drags across the timeline (by default its lowest lane, empty on the seeds), from one page x to another. */
export async function brush(page: Page, x0: number, x1: number, at?: number): Promise<void> {
  const box = (await page.getByRole('group', { name: 'Meetings by date' }).boundingBox())!;
  const y = at ?? box.y + 52;
  await page.mouse.move(x0, y);
  await page.mouse.down();
  await page.mouse.move(x1, y, { steps: 12 });
  await page.mouse.up();
}
