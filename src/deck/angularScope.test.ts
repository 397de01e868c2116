import { watchFromHost } from './angularScope';
import type { WatchableScope } from './angularScope';

interface Watcher {
  read: () => unknown;
  listener: () => void;
  last?: string;
  active: boolean;
}

// Enough of an AngularJS scope to run deep watches: the listener runs once when the watch starts, then on changes.
class FakeScope implements WatchableScope {
  watchers: Watcher[] = [];

  $watch(read: () => unknown, listener: () => void): () => void {
    const watcher: Watcher = { read, listener, active: true };
    this.watchers.push(watcher);
    return () => {
      watcher.active = false;
    };
  }

  $digest(): void {
    this.watchers
      .filter((watcher) => watcher.active)
      .forEach((watcher) => {
        const value = JSON.stringify(watcher.read()) ?? 'undefined';
        if (value !== watcher.last) {
          watcher.last = value;
          watcher.listener();
        }
      });
  }

  get activeWatches(): number {
    return this.watchers.filter((watcher) => watcher.active).length;
  }
}

const globals = window as unknown as { angular?: unknown; spinnaker?: unknown };

function installAngular(elementScope: FakeScope | undefined) {
  const element = jest.fn(() => ({ scope: () => elementScope }));
  globals.angular = { element };
  return element;
}

function attachedHost(): HTMLElement {
  const host = document.createElement('div');
  document.body.appendChild(host);
  return host;
}

afterEach(() => {
  delete globals.angular;
  delete globals.spinnaker;
  document.body.innerHTML = '';
});

describe('watchFromHost', () => {
  it('does nothing where Deck has no AngularJS', () => {
    const read = jest.fn();
    const onChange = jest.fn();

    const stop = watchFromHost(attachedHost(), read, onChange);

    expect(() => stop()).not.toThrow();
    expect(read).not.toHaveBeenCalled();
    expect(onChange).not.toHaveBeenCalled();
  });

  it("watches on the host element's own scope and reports changes after the first run", () => {
    const scope = new FakeScope();
    const host = attachedHost();
    const element = installAngular(scope);
    const stage = { extendedAttributes: { share_with_1: '111111111111' } as Record<string, string> };
    const onChange = jest.fn();

    watchFromHost(host, () => stage.extendedAttributes, onChange);
    scope.$digest();
    expect(element).toHaveBeenCalledWith(host);
    expect(onChange).not.toHaveBeenCalled();

    stage.extendedAttributes.share_with_2 = '222222222222';
    scope.$digest();
    scope.$digest();

    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it("falls back to Deck's root scope when the host has none", () => {
    const rootScope = new FakeScope();
    installAngular(undefined);
    globals.spinnaker = { $injector: { get: (name: string) => (name === '$rootScope' ? rootScope : undefined) } };

    watchFromHost(attachedHost(), () => 'stage', jest.fn());

    expect(rootScope.activeWatches).toBe(1);
  });

  it('ends the watch once Deck has removed the host from the page', () => {
    const scope = new FakeScope();
    const host = attachedHost();
    installAngular(scope);
    const stage = { templateFileName: 'aws-multi-ebs.json' };
    const read = jest.fn(() => stage.templateFileName);
    const onChange = jest.fn();
    watchFromHost(host, read, onChange);
    scope.$digest();

    read.mockClear();

    host.remove();
    stage.templateFileName = 'aws-ebs.json';
    scope.$digest();
    scope.$digest();

    expect(scope.activeWatches).toBe(0);
    expect(read).not.toHaveBeenCalled();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('can be stopped by its caller', () => {
    const scope = new FakeScope();
    installAngular(scope);

    const stop = watchFromHost(attachedHost(), () => 'stage', jest.fn());
    stop();

    expect(scope.activeWatches).toBe(0);
  });
});
