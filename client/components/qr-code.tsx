import { useEffect, useState } from 'preact/hooks';
import QRCode from 'qrcode';

/** A QR code of `text`, drawn by the qrcode library as inline SVG (no image source to allow). */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then((drawn) => live && setSvg(drawn));
    return () => {
      live = false;
    };
  }, [text]);
  // The library's own output, from our text only: no markup of anyone else's goes in.
  return <span class="qr-code" role="img" aria-label={label} data-testid="qr-code" data-text={text} dangerouslySetInnerHTML={svg ? { __html: svg } : undefined} />;
}
