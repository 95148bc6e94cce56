/**
 * One device, several LMS learners: the course keeps its learner data under fixed localStorage keys,
 * so the launcher moves the previous learner's values aside (keyed by their LMS learner id) and
 * brings back this learner's before the course opens. Typed text that does not fit into the LMS thus
 * stays on the device for its own learner only. Pure over a storage-like object.
 */
import { LEARNER_KEY } from '../../platform/learner';
import { PROGRESS_BACKUP_KEY, PROGRESS_KEY } from '../../platform/progress';
import { PLAN_HEADER_KEY } from '../action-plan/action-plan';

/** Whose data the fixed keys hold now. */
export const ACTIVE_LEARNER_KEY = 'svc-course:lms-learner';
/** The keys that belong to a learner (the rest are the device's: 讲师模式, slide positions, the agenda). */
export const LEARNER_KEYS = [PROGRESS_KEY, PROGRESS_BACKUP_KEY, LEARNER_KEY, PLAN_HEADER_KEY] as const;

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const stashKey = (learnerId: string, key: string) => `svc-course:lms:${encodeURIComponent(learnerId)}:${key}`;

/**
 * Makes the fixed keys hold `learnerId`'s data. The first learner on a device adopts what is there
 * (their own study before the LMS, most likely); a change of learner stashes and restores.
 */
export function switchLearner(store: KeyValueStore, learnerId: string): void {
  const active = store.getItem(ACTIVE_LEARNER_KEY);
  if (active === learnerId) return;
  if (active !== null) {
    for (const key of LEARNER_KEYS) {
      const value = store.getItem(key);
      if (value === null) store.removeItem(stashKey(active, key));
      else store.setItem(stashKey(active, key), value);
      const mine = store.getItem(stashKey(learnerId, key));
      if (mine === null) store.removeItem(key);
      else store.setItem(key, mine);
      store.removeItem(stashKey(learnerId, key));
    }
  }
  store.setItem(ACTIVE_LEARNER_KEY, learnerId);
}

/**
 * The LMS's learner name as the certificate shows it. SCORM 1.2 and most LMSs write `Last, First`:
 * Chinese names join without a space (「张, 三」 → 「张三」), others as `First Last`.
 */
export function certificateName(lmsName: string): string {
  const parts = lmsName.split(',').map((part) => part.trim());
  if (parts.length !== 2 || !parts[0] || !parts[1]) return lmsName.trim();
  const [last, first] = parts as [string, string];
  return /[\p{Script=Han}]/u.test(last + first) ? `${last}${first}` : `${first} ${last}`;
}
