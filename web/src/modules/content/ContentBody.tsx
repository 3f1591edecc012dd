import type { ReactEventHandler } from 'react';
import { Button } from 'antd';
import { FilePdfOutlined, FileWordOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { useI18n } from '../../kernel/i18n.js';
import { cText as m } from './messages.js';
import type { ContentItem } from './content.api.js';

/** The item as readers see it: the sanitised article HTML, the video, or the PDF; a Word original to download. */
export function ContentBody({ item, body, onVideoEvent, pdfHeight = '70vh' }: { item: ContentItem; body?: string; onVideoEvent?: ReactEventHandler<HTMLVideoElement>; pdfHeight?: string }) {
  const { t } = useI18n();
  return (
    <div>
      {item.kind === 'video' &&
        (item.media.video ? (
          <video controls playsInline preload="metadata" src={item.media.video} poster={item.media.poster} style={{ width: '100%', maxHeight: '70vh', background: '#000', borderRadius: 6 }} onPlay={onVideoEvent} onPause={onVideoEvent} aria-label={item.title} />
        ) : item.videoUrl ? (
          <Button type="primary" icon={<PlayCircleOutlined />} href={item.videoUrl} target="_blank" rel="noopener noreferrer">
            {t(m.externalVideo)}
          </Button>
        ) : null)}
      {item.kind === 'pdf' && item.media.pdf && (
        <>
          <Button icon={<FilePdfOutlined />} href={item.media.pdf} target="_blank" rel="noopener" style={{ marginBottom: 8 }}>
            {t(m.openPdf)}
          </Button>
          <iframe title={item.title} src={item.media.pdf} style={{ width: '100%', height: pdfHeight, border: '1px solid #eee', borderRadius: 6 }} />
        </>
      )}
      {item.kind === 'article' && item.media.poster && <img src={item.media.poster} alt="" style={{ width: '100%', borderRadius: 6, marginBottom: 12 }} />}
      {/* The server sanitises every body on save (sanitize-html allow-list). */}
      {body && <div className="vg-article" dangerouslySetInnerHTML={{ __html: body }} style={{ marginTop: item.kind === 'article' ? 0 : 16 }} />}
      {item.media.document && (
        <Button icon={<FileWordOutlined />} href={item.media.document} download style={{ marginTop: 12 }}>
          {t(m.downloadDocument)}
        </Button>
      )}
    </div>
  );
}
