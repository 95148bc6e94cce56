import jsQR from 'jsqr';
import type { Locator } from '@playwright/test';

/** Reads the QR code drawn as an SVG inside `holder`, as a phone's camera would: rendered to pixels, then decoded. */
export async function decodeQr(holder: Locator): Promise<string | null> {
  const size = 400;
  const pixels = await holder.evaluate(async (element, side) => {
    const svg = element.querySelector('svg');
    if (!svg) return null;
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = side;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, side, side);
    context.drawImage(image, 0, 0, side, side);
    return [...context.getImageData(0, 0, side, side).data];
  }, size);
  if (!pixels) return null;
  return jsQR(Uint8ClampedArray.from(pixels), size, size)?.data ?? null;
}
