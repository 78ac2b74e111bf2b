import { useEffect, useState } from 'preact/hooks';
import type { CommandRegistry, PaletteAction } from '../commands/registry';

/** Registers a feature's palette actions while its component is mounted. */
export function useRegisteredActions(registry: CommandRegistry, owner: string, actions: readonly PaletteAction[]): void {
  useEffect(() => registry.register(owner, actions), [registry, owner, actions]);
}

/** All registered actions, updated as features come and go. */
export function useAllActions(registry: CommandRegistry): PaletteAction[] {
  const [actions, setActions] = useState(() => registry.list());
  useEffect(() => {
    setActions(registry.list());
    return registry.subscribe(() => setActions(registry.list()));
  }, [registry]);
  return actions;
}
