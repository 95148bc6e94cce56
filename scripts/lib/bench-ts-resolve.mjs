// A Node module hook for `npm run bench:scale`: lets Node load the site's TypeScript, whose imports
// are written for Vite without their `.ts` (`'../../platform/progress'`). Node strips the types itself.
// Installed with `module.registerHooks({ resolve: resolveTypeScript })` before the site's code is imported.

/** A relative import without an extension that Node cannot find is tried again with `.ts`. */
export function resolveTypeScript(specifier, context, nextResolve) {
  try {
    return nextResolve(specifier, context);
  } catch (error) {
    const bare = /^\.\.?\//.test(specifier) && !/\.[a-z]+$/i.test(specifier);
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !bare) throw error;
    return nextResolve(`${specifier}.ts`, context);
  }
}
