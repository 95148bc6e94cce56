/**
 * Prints one part of the page (a plan, a table) on its own: the element is marked, the rest of
 * the page is hidden by print CSS, and the mark is removed once the print dialog closes.
 */
export function printArea(element: HTMLElement | null): void {
  if (!element) return;
  element.setAttribute('data-print-area', '');
  document.documentElement.setAttribute('data-printing', '');
  const done = () => {
    element.removeAttribute('data-print-area');
    document.documentElement.removeAttribute('data-printing');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}
