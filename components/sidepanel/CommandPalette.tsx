import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type PaletteAction, searchActions } from '../../lib/commands/registry';
import { useI18n } from '../shared/i18n';

export interface CommandPaletteProps {
  actions: readonly PaletteAction[];
  onClose(): void;
}

/** Ctrl/Cmd+K: type, arrows to move, Enter to run, Escape to close. */
export function CommandPalette({ actions, onClose }: CommandPaletteProps) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => searchActions(actions, query).slice(0, 50), [actions, query]);

  useEffect(() => input.current?.focus(), []);
  useEffect(() => setSelected(0), [query]);

  const run = (action: PaletteAction | undefined) => {
    if (!action) return;
    onClose();
    void action.run();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setSelected((index) => Math.min(index + 1, matches.length - 1));
    else if (event.key === 'ArrowUp') setSelected((index) => Math.max(index - 1, 0));
    else if (event.key === 'Enter') run(matches[selected]);
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
          aria-activedescendant={matches[selected] ? `palette-${matches[selected].id}` : undefined}
          aria-label={t('palette.input')}
          placeholder={t('palette.placeholder')}
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
        <div id="palette-list" role="listbox" aria-label={t('palette.open')}>
          {matches.length === 0 && <div class="muted">{t('palette.empty')}</div>}
          {matches.map((action, index) => (
            // Options are driven from the combobox (aria-activedescendant); clicks are a mouse shortcut.
            // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles Enter
            <div
              key={action.id}
              tabIndex={-1}
              id={`palette-${action.id}`}
              role="option"
              aria-selected={index === selected}
              onMouseEnter={() => setSelected(index)}
              onClick={() => run(action)}
            >
              <span>{action.title}</span>
              {action.shortcut && <kbd>{action.shortcut}</kbd>}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
