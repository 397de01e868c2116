export interface WatchableScope {
  $watch(watchExpression: () => unknown, listener: () => void, deep?: boolean): () => void;
}

// What AngularJS put on the scope of a host element, e.g. Deck's stepExecutionDetails component's stage and execution.
export function scopeValuesOf(host: Element): Record<string, unknown> | undefined {
  const scope = angularGlobal()?.element(host).scope?.();
  return scope ? (scope as unknown as Record<string, unknown>) : undefined;
}

interface AngularGlobal {
  element(node: Element): { scope?: () => WatchableScope | undefined };
}

interface SpinnakerGlobal {
  $injector?: { get(name: string): unknown };
}

const angularGlobal = (): AngularGlobal | undefined => (window as unknown as { angular?: AngularGlobal }).angular;

// An AngularJS service from the injector released Decks put on window.spinnaker; none on Deck main, or when the
// service is unknown (the injector throws for those).
export function deckService<T>(name: string): T | undefined {
  const injector = (window as unknown as { spinnaker?: SpinnakerGlobal }).spinnaker?.$injector;
  try {
    return injector?.get(name) as T | undefined;
  } catch {
    return undefined;
  }
}

const rootScope = (): WatchableScope | undefined => deckService<WatchableScope>('$rootScope');

// Edits in Deck's own AngularJS form change the stage in place and never re-render React, so the panel watches the
// stage on the scope its host element lives in. Deck removes a stage's DOM without unmounting the React root, so
// the watch also ends itself once the host is gone from the page.
export function watchFromHost(host: Element, read: () => unknown, onChange: () => void, deep = true): () => void {
  const angular = angularGlobal();
  if (!angular) {
    return () => undefined;
  }
  const scope = angular.element(host).scope?.() ?? rootScope();
  if (!scope) {
    return () => undefined;
  }
  let stop: () => void = () => undefined;
  let first = true;
  stop = scope.$watch(
    () => (host.isConnected ? read() : stop()),
    () => {
      if (first) {
        first = false;
        return;
      }
      if (host.isConnected) {
        onChange();
      }
    },
    deep,
  );
  return stop;
}
