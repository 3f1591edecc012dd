import { theme } from 'antd';

/**
 * A thin progress bar drawn like antd's small line Progress (without its text). antd's Progress brings its tooltip,
 * and with it the popup and form machinery, some 45 KB over the wire that the phone home's first screen does without.
 */
export function ProgressBar({ percent, success }: { percent: number; success?: boolean }) {
  const { token } = theme.useToken();
  const p = Math.max(0, Math.min(100, percent));
  return (
    <div role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={p} style={{ height: 6, borderRadius: 100, background: token.colorFillSecondary, overflow: 'hidden', margin: '4px 0' }}>
      <div style={{ width: `${p}%`, height: '100%', borderRadius: 100, background: success ? token.colorSuccess : token.colorPrimary, transition: `width ${token.motionDurationSlow}` }} />
    </div>
  );
}
