/**
 * Draws a QR code of the address beside each `[data-qr]` on the slides. The encoder (uqr, ~4.5 KB
 * gzip) is loaded only by a deck that shows an address, so it is not part of the slides' budget.
 * Its SVG is made from the address alone, so setting it as markup injects nothing.
 */
export async function drawQrCodes(holders: readonly HTMLElement[]): Promise<void> {
  if (holders.length === 0) return;
  const { renderSVG } = await import('uqr');
  for (const holder of holders) {
    const link = holder.closest('.served-address')?.querySelector('a');
    if (link) holder.innerHTML = renderSVG(link.href, { border: 1 });
  }
}
