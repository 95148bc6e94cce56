/**
 * Registers the offline service worker (built by scripts/build-sw.mjs) in production builds, where
 * the browser has service workers. A new version never takes over by itself: while an older one
 * controls the page, the #update-notice bar (its texts are in the HTML) offers 「重新加载」, which tells
 * the waiting worker to activate and reloads once it controls the page.
 */
const workers = navigator.serviceWorker;
// An LMS package has no offline worker: the LMS serves it, and a worker would outlive the session.
if (import.meta.env.PROD && !import.meta.env.SCORM_PACKAGE && workers) {
  // After `load`, so that on a first visit precaching does not compete with the page's own requests.
  addEventListener('load', () =>
    workers.register('/sw.js').then(
      (registration) => {
        const bar = document.getElementById('update-notice')!;
        const offer = () => (bar.hidden = !(registration.waiting && workers.controller));
        offer();
        registration.onupdatefound = () => (registration.installing!.onstatechange = offer);
        bar.lastElementChild!.addEventListener('click', () => {
          workers.oncontrollerchange = () => location.reload();
          registration.waiting!.postMessage({ type: 'SKIP_WAITING' });
        });
      },
      // Registration fails when offline before the first install; the next visit tries again.
      () => {},
    ),
  );
}
