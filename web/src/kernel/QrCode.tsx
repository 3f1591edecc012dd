import { useEffect, useState, type CSSProperties } from 'react';
import QRCode from 'qrcode';

/** A QR code of `text`, drawn in the browser; the encoded text is kept in data-qr-text for tests and copy. */
export function QrCode({ text, size = 320, style, ...rest }: { text: string; size?: number; style?: CSSProperties; [data: `data-${string}`]: string | undefined }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(text, { width: size, margin: 1, errorCorrectionLevel: 'M' })
      .then((url) => live && setSrc(url))
      .catch(() => live && setSrc(null));
    return () => {
      live = false;
    };
  }, [text, size]);
  return (
    <div role="img" aria-label="QR code" data-qr-text={text} style={{ width: size, height: size, ...style }} {...rest}>
      {src && <img src={src} alt="" width={size} height={size} style={{ display: 'block', imageRendering: 'pixelated' }} />}
    </div>
  );
}
