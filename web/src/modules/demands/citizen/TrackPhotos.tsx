import { useEffect, useState } from 'react';
import { useI18n, type Text } from '../../../kernel/i18n.js';
import { secretHeaders } from './citizen-link.js';

interface Photo {
  id: number;
  kind: 'citizen' | 'result';
  url: string;
}

/**
 * The photos of a tracked demand. They are read with fetch, not <img src>, so the submitter's secret travels in its
 * header (the citizen's own photos need it) and never in a URL.
 */
export function TrackPhotos({ photos, secret, title, testId }: { photos: Photo[]; secret: string | null; title: Text; testId: string }) {
  const { t } = useI18n();
  const [shown, setShown] = useState<{ id: number; src: string }[]>([]);
  const key = photos.map((p) => p.id).join(',');
  useEffect(() => {
    let live = true;
    const made: string[] = [];
    void Promise.all(
      photos.map(async (p) => {
        const res = await fetch(`${p.url}?w=400`, { headers: secretHeaders(secret), credentials: 'same-origin' });
        if (!res.ok) return null;
        const src = URL.createObjectURL(await res.blob());
        made.push(src);
        return { id: p.id, src };
      }),
    ).then((list) => live && setShown(list.filter((x): x is { id: number; src: string } => x !== null)));
    return () => {
      live = false;
      made.forEach((u) => URL.revokeObjectURL(u));
    };
    // `key` stands for the list of photos.
  }, [key, secret]);
  if (!photos.length) return null;
  return (
    <div style={{ marginTop: 12 }}>
      <strong>{t(title)}</strong>
      <div className="vg-c-thumbs" data-testid={testId}>
        {shown.map((p) => (
          <img key={p.id} src={p.src} alt={t(title)} />
        ))}
      </div>
    </div>
  );
}
