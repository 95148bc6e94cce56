/**
 * The inert JSON block every page carries for its script: the modules with their exercises, from
 * which the script derives every status (the whole course, or on a module page its day: BaseLayout's
 * `pageModules`). (Interface texts stay in the HTML.)
 */
import type { OutlineModule } from './course';

export interface PageModule {
  id: string;
  code: string;
  title: string;
  exercises: string[];
}

export interface PageData {
  modules: PageModule[];
}

/** Serialises the page data for a `<script type="application/json">`; `<` is escaped so no text can close the tag. */
export function pageDataJson(modules: readonly OutlineModule[]): string {
  const data: PageData = {
    modules: modules.map(({ id, code, title, exercises }) => ({ id, code, title, exercises: [...exercises] })),
  };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
