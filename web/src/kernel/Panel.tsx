import type { CSSProperties, ReactNode } from 'react';
import { Skeleton, theme } from 'antd';

interface PanelProps {
  children?: ReactNode;
  size?: 'small';
  title?: ReactNode;
  /** Beside the title, at the right (a "more" link). */
  extra?: ReactNode;
  /** Placeholder lines instead of the content. */
  loading?: boolean;
  style?: CSSProperties;
  'data-testid'?: string;
}

/**
 * A white, rounded block drawn like antd's borderless Card, for the phone home and the citizen form: antd's Card always
 * brings its tabs (and their menu and dropdown), some 25 KB over the wire that a first screen does without.
 */
export function Panel({ children, size, title, extra, loading, style, 'data-testid': testId }: PanelProps) {
  const { token } = theme.useToken();
  const small = size === 'small';
  const pad = small ? token.paddingSM : token.paddingLG;
  return (
    <div className="vg-panel" data-testid={testId} style={{ background: token.colorBgContainer, borderRadius: token.borderRadiusLG, color: token.colorText, ...style }}>
      {(title || extra) && (
        <div
          style={{
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: token.paddingXS,
            minHeight: small ? 38 : 56,
            padding: `0 ${pad}px`,
            fontWeight: token.fontWeightStrong,
            fontSize: small ? token.fontSize : token.fontSizeLG,
            borderBottom: `${token.lineWidth}px ${token.lineType} ${token.colorBorderSecondary}`,
          }}
        >
          <div>{title}</div>
          {extra && <div style={{ fontWeight: 'normal', fontSize: token.fontSize }}>{extra}</div>}
        </div>
      )}
      <div style={{ padding: pad }}>{loading ? <Skeleton active /> : children}</div>
    </div>
  );
}
