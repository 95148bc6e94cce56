// Prettier: the one code style. `npm run format` applies it, `npm run lint` checks it.
// What it skips (course text, build output) is in .prettierignore.
/** @type {import('prettier').Config} */
export default {
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
  plugins: ['prettier-plugin-astro'],
};
