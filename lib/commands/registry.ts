/**
 * The command palette's registry. Every feature registers the actions it
 * offers (log an outcome, jump to a script stage, find a rebuttal...) so a rep
 * can reach all of them from Ctrl/Cmd+K without the mouse.
 */
export interface PaletteAction {
  id: string;
  title: string;
  /** Extra words that should find this action (other language, synonyms). */
  keywords?: readonly string[];
  /** Shown at the right, e.g. "Alt+1". */
  shortcut?: string;
  /** Where the action belongs ("Call", "Script"), shown beside its title. */
  group?: string;
  run(): void | Promise<void>;
}

type Listener = () => void;

export class CommandRegistry {
  private readonly groups = new Map<string, readonly PaletteAction[]>();
  private readonly listeners = new Set<Listener>();

  /** Registers (or replaces) one feature's actions; returns the unregister function. */
  register(owner: string, actions: readonly PaletteAction[]): () => void {
    this.groups.set(owner, actions);
    this.notify();
    return () => {
      if (this.groups.get(owner) === actions) {
        this.groups.delete(owner);
        this.notify();
      }
    };
  }

  list(): PaletteAction[] {
    return [...this.groups.values()].flat();
  }

  /**
   * Every action, those of the owners in front of the rep (the open section,
   * the running call) first, so an empty or ambiguous query offers them first.
   */
  listFor(preferredOwners: readonly string[]): PaletteAction[] {
    const rank = (owner: string) => {
      const index = preferredOwners.indexOf(owner);
      return index < 0 ? preferredOwners.length : index;
    };
    return [...this.groups.entries()].sort(([a], [b]) => rank(a) - rank(b)).flatMap(([, actions]) => actions);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

/**
 * Ranks actions for a query: every word of the query must appear in the title
 * or keywords; word starts and earlier matches rank first.
 */
export function searchActions(actions: readonly PaletteAction[], query: string): PaletteAction[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...actions];
  const scored: { action: PaletteAction; score: number }[] = [];
  for (const action of actions) {
    const haystack = [action.title, ...(action.keywords ?? [])].join(' ').toLowerCase();
    let score = 0;
    let matched = true;
    for (const word of words) {
      const index = haystack.indexOf(word);
      if (index < 0) {
        matched = false;
        break;
      }
      const atWordStart = index === 0 || /[\s\-/(]/.test(haystack[index - 1] ?? '');
      score += (atWordStart ? 0 : 100) + index;
    }
    if (matched) scored.push({ action, score });
  }
  return scored.sort((a, b) => a.score - b.score).map((entry) => entry.action);
}
