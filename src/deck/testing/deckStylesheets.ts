// @spinnaker/core adds its stylesheets on import; jsdom walks them for every computed-style lookup, which role
// queries, user-event and toBeVisible make many of: seconds per query with them in place.
export function dropDeckStylesheets(): void {
  document.head.querySelectorAll('style').forEach((style) => style.remove());
}
