import { type FunctionComponent, h } from 'preact';

function sameProps(previous: object, next: object): boolean {
  const keys = Object.keys(previous);
  if (keys.length !== Object.keys(next).length) return false;
  return keys.every((key) => Object.is((previous as Record<string, unknown>)[key], (next as Record<string, unknown>)[key]));
}

/**
 * A component that renders again only when one of its props changes (compared
 * one by one): the panel re-renders on every step of a call, and the pieces
 * around the call (activity bar, Today, the record card) need not follow it.
 * Its own state and context changes still re-render it. Not preact/compat's
 * memo: importing compat would also switch on its React event mapping.
 */
export function memo<P extends object>(render: FunctionComponent<P>): FunctionComponent<P> {
  function Memo(this: { props: P; shouldComponentUpdate?(next: P): boolean }, props: P) {
    this.shouldComponentUpdate = (next) => !sameProps(this.props, next);
    return h(render, props);
  }
  Memo.displayName = `Memo(${render.displayName ?? render.name})`;
  return Memo as FunctionComponent<P>;
}
