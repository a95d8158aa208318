import type { Page } from 'playwright-core';

/**
 * How many pixels of the page a broadcast mixer would key in: those not fully transparent in a
 * screenshot taken without the page's background. Decoded by the browser itself, on a blank page.
 */
export async function visiblePixels(page: Page): Promise<number> {
  const png = (await page.screenshot({ omitBackground: true })).toString('base64');
  const decoder = await page.context().newPage();
  try {
    return await decoder.evaluate(async (base64) => {
      const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      let visible = 0;
      for (let index = 3; index < data.length; index += 4) if (data[index] !== 0) visible += 1;
      return visible;
    }, png);
  } finally {
    await decoder.close();
  }
}
