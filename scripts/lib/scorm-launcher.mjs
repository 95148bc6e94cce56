// The LMS package's one SCO, /launch/ (src/features/lms/Launcher.astro): only in the package build, so
// the site never has the page.
/** @returns {import('astro').AstroIntegration} */
export function scormLauncher() {
  return {
    name: 'scorm-launcher',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({ pattern: '/launch', entrypoint: './src/features/lms/Launcher.astro', prerender: true });
      },
    },
  };
}
