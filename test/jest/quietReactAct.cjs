// React 16.8 (the version Deck 0.0.479 shares) has no awaitable act, so any state set after an awaited promise draws
// these two warnings; every other console.error still shows.
const ACT_WARNINGS = ['not wrapped in act(', 'not an awaitable version of "act"'];
const printError = console.error;
console.error = (...args) => {
  if (!ACT_WARNINGS.some((warning) => String(args[0]).includes(warning))) {
    printError(...args);
  }
};
