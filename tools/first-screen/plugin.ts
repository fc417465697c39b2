// The first screen in the HTML: popup.html and sidepanel.html carry the picker rendered at build time
// (./render.tsx), so that a popup opened in a browser that has just started shows its screen as soon as the HTML is
// parsed, before any script has loaded or storage has answered. The default language's markup is the page's
// content; every other language waits in a <template>, which public/first-screen.js swaps in before the first paint.
// The app then takes the markup over (app/mount.tsx).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

type Screens = Record<'popup' | 'panel', Record<string, string>>;

/** The markup between <main id="app"> and the page's module script, for a surface. */
export function firstScreenMarkup(screens: Record<string, string>, defaultLocale: string): string {
  const others = Object.entries(screens)
    .filter(([locale]) => locale !== defaultLocale)
    .map(([locale, html]) => `<template id="first-screen-${locale}">${html}</template>`)
    .join('');
  return `<main id="app" data-first-screen="static">${screens[defaultLocale] ?? ''}</main>${others}<script src="/first-screen.js"></script>`;
}

/**
 * The app's module, moved from the page's head to public/first-screen.js (`data-app`), which starts it once the first
 * screen has been painted: a module that runs before the first frame holds the paint back. Its preloads go too: the
 * browser compiles a preloaded module as it arrives, which also held the first frame back (one frame, warm, measured
 * in alternate runs); its chunks are local files, fetched when the app starts. A page without the first screen's
 * script is left as it is.
 */
export function deferAppModule(html: string): string {
  const module = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(html);
  const screen = '<script src="/first-screen.js"></script>';
  if (!module || !html.includes(screen)) return html;
  return html
    .replace(module[0], '')
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
    .replace(screen, `<script src="/first-screen.js" data-app="${module[1]}"></script>`);
}

export function firstScreenPlugin(defaultLocale = 'en'): Plugin[] {
  let screens: Screens | undefined;
  const render = (): Screens => {
    // Rendered once per build, in a child process (Vite's module runner, the app's own modules).
    screens ??= JSON.parse(
      execFileSync(process.execPath, [fileURLToPath(new URL('./run.mjs', import.meta.url))], {
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024,
      }),
    ) as Screens;
    return screens;
  };
  const surfaceOf = (path: string) =>
    /\/popup\/index\.html$/.test(path) ? 'popup' : /\/sidepanel\/index\.html$/.test(path) ? 'panel' : undefined;
  return [
    {
      name: 'webmail-first:first-screen',
      apply: 'build',
      transformIndexHtml: {
        order: 'pre',
        handler(html, context) {
          const surface = surfaceOf(context.path);
          if (!surface) return html;
          const empty = '<main id="app"></main>';
          if (!html.includes(empty)) throw new Error(`${context.path}: no ${empty} to render the first screen into`);
          return html.replace(empty, firstScreenMarkup(render()[surface], defaultLocale));
        },
      },
    },
    {
      // After Vite has written the module's tag with its hashed name.
      name: 'webmail-first:app-after-first-screen',
      apply: 'build',
      transformIndexHtml: {
        order: 'post',
        handler: (html, context) => (surfaceOf(context.path) ? deferAppModule(html) : html),
      },
    },
  ];
}
