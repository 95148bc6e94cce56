/**
 * Where the group-work countdown is kept, and a tiny watch for the projector: it loads the countdown
 * view (present-countdown-view.ts) only once a countdown is saved or another window starts one.
 */
export const countdownKey = (moduleId: string): string => `svc-course:present-countdown:${moduleId}`;

export function whenCountdownRuns(moduleId: string, load: () => void): void {
  const key = countdownKey(moduleId);
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(key);
  } catch {
    // No storage: the presenter in another window cannot reach this one either.
  }
  if (saved !== null) return load();
  const listener = (event: StorageEvent) => {
    if (event.key !== key || event.newValue === null) return;
    window.removeEventListener('storage', listener);
    load();
  };
  window.addEventListener('storage', listener);
}
