/**
 * The inert JSON block every page carries for its script: the modules (to derive statuses) and
 * the interface texts (so Chinese strings travel in HTML, not in the 2 KB script budget).
 */
import type { ModuleStatus } from './progress';
import type { OutlineModule } from './course';

export interface PageModule {
  id: string;
  code: string;
  title: string;
  exercises: string[];
}

export type PageTexts = Record<ModuleStatus | 'overall', string>;

export interface PageData {
  modules: PageModule[];
  text: PageTexts;
}

/** `{0}`, `{1}` … are filled in by the page script. */
export const PAGE_TEXTS: PageTexts = {
  'not-started': '未开始',
  'in-progress': '学习中',
  complete: '已完成',
  overall: '已完成 {0} / {1} 个模块({2}%)',
};

/** Serialises the page data for a `<script type="application/json">`; `<` is escaped so no text can close the tag. */
export function pageDataJson(modules: readonly OutlineModule[]): string {
  const data: PageData = {
    modules: modules.map(({ id, code, title, exercises }) => ({ id, code, title, exercises: [...exercises] })),
    text: PAGE_TEXTS,
  };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
