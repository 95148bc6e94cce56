/** The few DOM helpers every page script uses: finding the page's elements and building new ones. */

/** The page's element for `selector`; the page's HTML guarantees it exists. */
export const find = <T extends HTMLElement>(selector: string, root: ParentNode = document): T =>
  root.querySelector<T>(selector)!;

export const all = <T extends HTMLElement>(selector: string, root: ParentNode = document): T[] => [
  ...root.querySelectorAll<T>(selector),
];

/** The JSON the page embeds in `<script type="application/json" id="…">`. */
export const readJson = <T>(id: string): T => JSON.parse(document.getElementById(id)!.textContent!) as T;

/** A new element holding `content` as text (never parsed as HTML). */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  content: string | ReadonlyArray<Node | string> = [],
  className = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.append(...(typeof content === 'string' ? [content] : content));
  if (className) node.className = className;
  return node;
}
