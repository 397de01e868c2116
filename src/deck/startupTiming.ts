export const STARTUP_MEASURE = 'bake-share:initialize';

const canMeasure = () => typeof performance !== 'undefined' && typeof performance.mark === 'function';

// Leaves a User Timing entry of the plugin's share of Deck's start, for the browser's performance tools and the
// benchmark. Timing must never be the reason initialize fails.
export function measuredAsStartup(run: () => void): void {
  const measuring = canMeasure();
  if (measuring) performance.mark(`${STARTUP_MEASURE}:start`);
  try {
    run();
  } finally {
    try {
      if (measuring) performance.measure(STARTUP_MEASURE, `${STARTUP_MEASURE}:start`);
    } catch {
      // a browser without marks to measure between: nothing to report
    }
  }
}
