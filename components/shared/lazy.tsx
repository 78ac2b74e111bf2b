import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from './i18n';

/**
 * A component whose code loads on first use, so heavy features (pinyin
 * search, charts, editors) stay out of the panel's initial JS.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<FunctionComponent<P>>,
): FunctionComponent<P> & { preload(): Promise<unknown> } {
  let loaded: FunctionComponent<P> | undefined;
  let loading: Promise<FunctionComponent<P>> | undefined;
  const preload = () => {
    loading ??= load().then((component) => {
      loaded = component;
      return component;
    });
    return loading;
  };
  // biome-ignore lint/correctness/noComponentHookFactories: created once per lazily loaded module at import time, never inside a render
  function LazyComponent(props: P) {
    const { t } = useI18n();
    const [Component, setComponent] = useState<FunctionComponent<P> | undefined>(() => loaded);
    const [failed, setFailed] = useState<string>();
    useEffect(() => {
      if (Component) return;
      preload()
        .then((component) => setComponent(() => component))
        .catch((error: unknown) => setFailed(String(error)));
    }, [Component]);
    if (failed) return <p role="alert">{t('error.generic', { message: failed })}</p>;
    if (!Component)
      return (
        <p class="muted" aria-busy="true">
          {t('common.loading')}
        </p>
      );
    return <Component {...props} />;
  }
  return Object.assign(LazyComponent, { preload });
}
