// The colour theme: the system's (prefers-color-scheme) unless the user picked
// light or dark, kept in localStorage. It sets data-theme on <html>, which
// app.css's colour-scheme rules read; the canvas reads `dark` to restyle.

export type ThemeChoice = 'system' | 'light' | 'dark';

const KEY = 'kg:theme';
const CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

function stored(): ThemeChoice {
  try {
    const value = localStorage.getItem(KEY);
    return CHOICES.includes(value as ThemeChoice) ? (value as ThemeChoice) : 'system';
  } catch {
    // Storage may be blocked (private modes, sandboxed frames): the system's theme.
    return 'system';
  }
}

export class Theme {
  choice: ThemeChoice = $state(stored());
  #systemDark = $state(false);
  /** Whether the page is drawn dark now. */
  readonly dark = $derived(this.choice === 'dark' || (this.choice === 'system' && this.#systemDark));

  constructor() {
    if (typeof window === 'undefined') return;
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    this.#systemDark = query.matches;
    query.addEventListener('change', (e) => (this.#systemDark = e.matches));
    this.#mark();
  }

  /** System, then light, then dark, then system again. */
  cycle(): void {
    this.set(CHOICES[(CHOICES.indexOf(this.choice) + 1) % CHOICES.length]!);
  }

  set(choice: ThemeChoice): void {
    this.choice = choice;
    try {
      if (choice === 'system') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, choice);
    } catch {
      // Not kept: it still applies to this page.
    }
    this.#mark();
  }

  /** A picked theme overrides the media query in app.css; "system" leaves it to it. */
  #mark(): void {
    const root = document.documentElement;
    if (this.choice === 'system') delete root.dataset.theme;
    else root.dataset.theme = this.choice;
  }
}

/** One theme for the page: set on <html> before the app mounts, so the first paint has its colours. */
export const theme = new Theme();
