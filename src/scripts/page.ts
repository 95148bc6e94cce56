/**
 * The only script on a reading page (budget ≤ 2 KB gzip, so no store library here): shows module
 * statuses, overall progress and 「继续学习」, records the visit, drives 「标记为已完成」, the
 * trainer-notes setting and the saved-data notice (browser/page-storage.ts). It reads storage directly and re-renders when
 * another tab (`storage`) or an island on this page (PROGRESS_EVENT) writes progress.
 * Its texts are all in the HTML (CSS shows the one matching a data attribute), not in the JavaScript.
 */
import { pageStorage, readPageProgress } from '../browser/page-storage';
import { offerPageSave } from './save-page-progress';
import {
  LEARNER_KEY,
  PROGRESS_EVENT,
  PROGRESS_KEY,
  TRAINER_KEY,
  continueTarget,
  courseCompletion,
  exercisesDone,
  moduleStatus,
  stepAfterModules,
  withCompletion,
  withVisit,
  type Progress,
} from '../platform/progress';
import type { PageData } from '../platform/page-data';
import { siteHref } from '../browser/site-href';

const data: PageData = JSON.parse(document.getElementById('page-data')!.textContent!);
const { modules } = data;
// Its own one-liner rather than browser/dom.ts, which would add a chunk to every reading page.
const all = <T extends HTMLElement>(selector: string) => document.querySelectorAll<T>(selector);
const storage = pageStorage();
const current = modules.find((module) => module.id === document.body.dataset.moduleId);
const completeButton = document.querySelector<HTMLButtonElement>('[data-complete-button]');

const read = readPageProgress;

function write(progress: Progress): void {
  storage[PROGRESS_KEY] = JSON.stringify(progress);
  window.dispatchEvent(new Event(PROGRESS_EVENT));
}

function render(): void {
  const trainer = storage[TRAINER_KEY] === 'yes';
  document.documentElement.toggleAttribute('data-trainer', trainer);
  all<HTMLInputElement>('[data-trainer-toggle]').forEach((box) => (box.checked = trainer));
  const progress = read();
  for (const element of all('[data-status-for]')) {
    const module = modules.find((item) => item.id === element.dataset.statusFor);
    if (!module) continue;
    element.dataset.status = moduleStatus(progress, module);
  }
  const { complete, percent } = courseCompletion(progress, modules);
  all('[data-complete-count]').forEach((element) => (element.textContent = String(complete)));
  all('[data-percent]').forEach((element) => (element.textContent = String(percent)));
  all<HTMLProgressElement>('[data-overall-bar]').forEach((bar) => (bar.value = percent));
  const target = modules.find((module) => module.id === continueTarget(progress, modules));
  all<HTMLAnchorElement>('[data-continue]').forEach((link) => {
    // The link holds both verbs (开始学习 / 继续学习); CSS shows the one matching data-resume.
    link.dataset.resume = String(!!progress.lastModule);
    // With every module complete, CSS shows the exam, the certificate or the plan instead (data-next on its box).
    link.parentElement!.dataset.next = target ? 'module' : stepAfterModules(progress, storage[LEARNER_KEY]);
    if (target) {
      const href = `/modules/${target.id}/`;
      link.href = import.meta.env.SCORM_PACKAGE ? siteHref(href) : href;
      link.lastElementChild!.textContent = `${target.code} ${target.title}`;
    }
  });
  if (!current || !completeButton) return;
  // The box holds a text for each state; CSS shows the one matching data-state.
  const done = exercisesDone(progress, current.exercises);
  const finished = moduleStatus(progress, current) === 'complete';
  completeButton.disabled = done < current.exercises.length;
  completeButton.setAttribute('aria-pressed', String(finished));
  completeButton.closest<HTMLElement>('[data-state]')!.dataset.state = finished
    ? 'complete'
    : completeButton.disabled
      ? 'pending'
      : 'ready';
  document.querySelector('[data-done-count]')!.textContent = String(done);
}

all<HTMLInputElement>('[data-trainer-toggle]').forEach((box) =>
  box.addEventListener('change', () => {
    storage[TRAINER_KEY] = box.checked ? 'yes' : '';
    render();
  }),
);
offerPageSave();
window.addEventListener('storage', render);
window.addEventListener(PROGRESS_EVENT, render);

if (current) {
  write(withVisit(read(), current.id, new Date().toISOString()));
  completeButton?.addEventListener('click', () => {
    const progress = read();
    write(withCompletion(progress, current, moduleStatus(progress, current) !== 'complete', new Date().toISOString()));
  });
}
render();
