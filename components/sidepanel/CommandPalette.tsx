import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type PaletteAction, searchActions } from '../../lib/commands/registry';
import { useI18n } from '../shared/i18n';

export interface CommandPaletteProps {
  /** What applies now, the open section's and the running call's actions first. */
  actions: readonly PaletteAction[];
  onClose(): void;
}

const optionId = (action: PaletteAction) => `palette-${action.id}`;

/** Ctrl/Cmd+K: type, arrows to move, Enter to run, Escape to close. */
export function CommandPalette({ actions, onClose }: CommandPaletteProps) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => searchActions(actions, query).slice(0, 50), [actions, query]);
  const current = matches[Math.min(selected, matches.length - 1)];

  useEffect(() => input.current?.focus(), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new query starts from the first row
  useEffect(() => setSelected(0), [query]);
  // The selected row stays in view as the arrows move past the list's edge.
  // biome-ignore lint/correctness/useExhaustiveDependencies: scrolls when the selected row changes
  useEffect(() => {
    if (current) document.getElementById(optionId(current))?.scrollIntoView?.({ block: 'nearest' });
  }, [current?.id]);

  const run = (action: PaletteAction | undefined) => {
    if (!action) return;
    onClose();
    void action.run();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const last = matches.length - 1;
    if (event.key === 'ArrowDown') setSelected((index) => (index >= last ? 0 : index + 1));
    else if (event.key === 'ArrowUp') setSelected((index) => (index <= 0 ? Math.max(0, last) : index - 1));
    else if (event.key === 'Home' && event.ctrlKey) setSelected(0);
    else if (event.key === 'End' && event.ctrlKey) setSelected(Math.max(0, last));
    else if (event.key === 'Enter') run(current);
    else if (event.key === 'Escape') onClose();
    else return;
    event.preventDefault();
  };

  return (
    // Clicking outside closes; the keyboard path is Escape in the input.
    // biome-ignore lint/a11y/noStaticElementInteractions: backdrop click is a mouse convenience only
    // biome-ignore lint/a11y/useKeyWithClickEvents: Escape in the combobox closes it
    <div class="palette-backdrop" onClick={(event) => event.target === event.currentTarget && onClose()}>
      <div class="palette" role="dialog" aria-modal="true" aria-label={t('palette.open')}>
        <input
          ref={input}
          role="combobox"
          aria-expanded="true"
          aria-controls="palette-list"
          aria-autocomplete="list"
          aria-activedescendant={current ? optionId(current) : undefined}
          aria-label={t('palette.input')}
          placeholder={t('palette.placeholder')}
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
        {matches.length === 0 && (
          <p class="muted palette-empty" role="status">
            {t('palette.empty')}
          </p>
        )}
        <div id="palette-list" role="listbox" aria-label={t('palette.open')}>
          {matches.map((action) => (
            // Options are driven from the combobox (aria-activedescendant); clicks are a mouse shortcut.
            // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles Enter
            <div
              key={action.id}
              tabIndex={-1}
              id={optionId(action)}
              role="option"
              class="palette-option"
              aria-selected={action === current}
              onMouseEnter={() => setSelected(matches.indexOf(action))}
              onClick={() => run(action)}
            >
              <span class="palette-title">{action.title}</span>
              {action.group && <span class="palette-group">{action.group}</span>}
              {action.shortcut && <kbd>{action.shortcut}</kbd>}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
