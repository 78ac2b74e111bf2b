import { describe, expect, it, vi } from 'vitest';
import { CommandRegistry, searchActions } from '../../../lib/commands/registry';

const action = (id: string, title: string, keywords?: string[]) => ({ id, title, keywords, run: () => undefined });

describe('command registry', () => {
  it('collects actions from features and drops them on unregister', () => {
    const registry = new CommandRegistry();
    const listener = vi.fn();
    registry.subscribe(listener);
    const stop = registry.register('calls', [action('start', 'Start call')]);
    registry.register('shell', [action('dash', 'Open dashboard')]);
    expect(registry.list().map((entry) => entry.id)).toEqual(['start', 'dash']);
    stop();
    expect(registry.list().map((entry) => entry.id)).toEqual(['dash']);
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('ranks word starts first and needs every query word', () => {
    const actions = [action('a', 'Log outcome: Quoted'), action('b', 'Open objections'), action('c', 'Go to Objections', ['异议'])];
    expect(searchActions(actions, 'obj').map((entry) => entry.id)).toEqual(['b', 'c']);
    expect(searchActions(actions, 'go obj').map((entry) => entry.id)).toEqual(['c']);
    expect(searchActions(actions, '异议').map((entry) => entry.id)).toEqual(['c']);
    expect(searchActions(actions, 'zzz')).toEqual([]);
  });
});
