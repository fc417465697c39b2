// When a test may act on the popup or the panel: once the app has taken over the first screen drawn from the HTML
// (app/mount.tsx; `data-first-screen` in docs/hooks.md). What a user does before is kept and done then
// (tests/unit/first-screen.test.tsx); a test acts on the app. A build without a first screen in its HTML (an earlier
// release, in the update test) is ready once it has rendered.
export const appReadySelector = '#app[data-first-screen="taken-over"], #app:not([data-first-screen]) h1';
