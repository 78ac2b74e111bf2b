import { useEffect, useState } from 'preact/hooks';
import type { CommandRegistry, PaletteAction } from '../commands/registry';

/** Registers a feature's palette actions while its component is mounted. */
export function useRegisteredActions(registry: CommandRegistry, owner: string, actions: readonly PaletteAction[]): void {
  useEffect(() => registry.register(owner, actions), [registry, owner, actions]);
}

/** All registered actions, updated as features come and go; `preferredOwners` first (see CommandRegistry.listFor). */
export function useAllActions(registry: CommandRegistry, preferredOwners: readonly string[] = []): PaletteAction[] {
  const key = preferredOwners.join('\n');
  const [actions, setActions] = useState(() => registry.listFor(preferredOwners));
  // biome-ignore lint/correctness/useExhaustiveDependencies: the owners are compared by value (key)
  useEffect(() => {
    setActions(registry.listFor(preferredOwners));
    return registry.subscribe(() => setActions(registry.listFor(preferredOwners)));
  }, [registry, key]);
  return actions;
}
