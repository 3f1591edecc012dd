import { useEffect, useRef } from 'react';
import jsQR from 'jsqr';

const SCAN_EVERY_MS = 250;

/** The back camera, scanning frames for a QR code; calls onResult once per distinct code, onError if the camera cannot be used. */
export function QrScanner({ onResult, onError }: { onResult: (text: string) => void; onError: (err: unknown) => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const handlers = useRef({ onResult, onError });
  handlers.current = { onResult, onError };

  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let last = '';
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d', { willReadFrequently: true });

    const scan = () => {
      const v = video.current;
      if (stopped || !v || !ctx) return;
      if (v.readyState >= v.HAVE_ENOUGH_DATA && v.videoWidth > 0) {
        // Downscale large frames: decoding a 1080p frame on a phone is slow and not more reliable.
        const scale = Math.min(1, 640 / Math.max(v.videoWidth, v.videoHeight));
        canvas.width = Math.round(v.videoWidth * scale);
        canvas.height = Math.round(v.videoHeight * scale);
        ctx.drawImage(v, 0, 0, canvas.width, canvas.height);
        const img = ctx.getImageData(0, 0, canvas.width, canvas.height);
        const code = jsQR(img.data, img.width, img.height, { inversionAttempts: 'dontInvert' });
        if (code?.data && code.data !== last) {
          last = code.data;
          handlers.current.onResult(code.data);
        }
      }
      timer = setTimeout(scan, SCAN_EVERY_MS);
    };

    (async () => {
      try {
        if (!navigator.mediaDevices?.getUserMedia) throw new Error('no camera API');
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
        if (stopped) return;
        const v = video.current;
        if (!v) return;
        v.srcObject = stream;
        await v.play();
        scan();
      } catch (err) {
        if (!stopped) handlers.current.onError(err);
      }
    })();

    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      stream?.getTracks().forEach((tr) => tr.stop());
    };
  }, []);

  return (
    <div style={{ position: 'relative', width: '100%', aspectRatio: '1 / 1', background: '#000', borderRadius: 8, overflow: 'hidden' }}>
      <video ref={video} muted playsInline aria-label="camera" style={{ width: '100%', height: '100%', objectFit: 'cover' }} />
      <div style={{ position: 'absolute', inset: '15%', border: '3px solid rgba(255,255,255,.85)', borderRadius: 12, pointerEvents: 'none' }} />
    </div>
  );
}
