import { Button, Space } from 'antd';
import { CloseOutlined, FullscreenOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useI18n } from '../../kernel/i18n.js';
import { QrCode } from '../../kernel/QrCode.js';
import { cText as m } from './messages.js';
import { DistributionChart } from './DistributionChart.js';
import { letters, useCountdown, useLiveSocket, type LiveState } from './useLiveSocket.js';

const css = `@keyframes vgContestIn { from { opacity: 0; transform: translateY(24px) scale(.98); } to { opacity: 1; transform: none; } }
.vg-contest-in { animation: vgContestIn .6s ease-out both; }
.vg-contest-row { display: flex; gap: 16px; align-items: baseline; font-size: clamp(20px, 2.4vw, 36px); padding: 4px 0; border-bottom: 1px solid rgba(255,255,255,.2); }`;

type Row = { rank: number; name: string; score: number };

function Ranking({ title, rows }: { title: string; rows: Row[] }) {
  return (
    <div className="vg-contest-in" style={{ flex: '1 1 0', maxWidth: 1100, minWidth: 320 }} data-testid="contest-ranking">
      <h2 style={{ color: '#ffd666', fontSize: 'clamp(28px, 3.6vw, 56px)', textAlign: 'center', margin: '0 0 12px' }}>{title}</h2>
      {rows.map((r, i) => (
        <div key={`${r.rank}-${r.name}`} className="vg-contest-row vg-contest-in" style={{ animationDelay: `${i * 80}ms` }}>
          <span style={{ width: '3em', fontWeight: 700, color: r.rank <= 3 ? '#ffd666' : '#fff' }}>{r.rank}</span>
          <span style={{ flex: 1 }}>{r.name}</span>
          <span style={{ fontWeight: 700 }}>{r.score}</span>
        </div>
      ))}
    </div>
  );
}

function QuestionView({ s }: { s: LiveState }) {
  const { t } = useI18n();
  const q = s.question!;
  const closed = s.closedIndex === q.index;
  const left = useCountdown(q, closed || !!s.paused);
  const reveal = s.reveal?.index === q.index ? s.reveal : null;
  const dist = s.distribution?.index === q.index ? s.distribution : null;
  const options: string[] = q.options ?? [];
  const labels = q.type === 'fill' ? [t(m.correct), t(m.wrong)] : options.map((_, i) => letters[i]);
  const counts: number[] = reveal?.counts ?? dist?.counts ?? labels.map(() => 0);
  const correct = reveal ? (q.type === 'judge' ? [reveal.correctAnswer?.[0] === 'true' ? 0 : 1] : q.type === 'fill' ? [0] : (reveal.correctAnswer as string[]).map((l) => letters.indexOf(l))) : null;
  const answered = reveal?.answered ?? dist?.answered ?? 0;
  return (
    <div key={q.index} className="vg-contest-in" style={{ flex: '2 1 0', minWidth: 0, maxWidth: 1500, display: 'flex', flexDirection: 'column', gap: 16 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 'clamp(20px, 2.2vw, 32px)' }}>
        <span>{t(m.question, { i: q.index + 1, n: q.total })}</span>
        <span>{`${t(m.answered)} ${answered}/${s.players}`}</span>
        <span data-testid="screen-countdown" style={{ fontSize: 'clamp(40px, 6vw, 96px)', fontWeight: 800, color: left < 5000 ? '#ffd666' : '#fff', lineHeight: 1 }}>
          {s.paused ? t(m.pausedText) : closed ? t(m.timeUp) : Math.ceil(left / 1000)}
        </span>
      </div>
      <div data-testid="screen-stem" style={{ fontSize: 'clamp(32px, 4.2vw, 72px)', fontWeight: 700, lineHeight: 1.3 }}>{q.stem}</div>
      <div style={{ display: 'grid', gridTemplateColumns: options.length > 2 ? '1fr 1fr' : '1fr 1fr', gap: '8px 32px', fontSize: 'clamp(22px, 2.6vw, 40px)' }}>
        {options.map((o, i) => (
          <div key={i} style={{ color: correct?.includes(i) ? '#95de64' : '#fff', fontWeight: correct?.includes(i) ? 800 : 400 }}>{`${letters[i]}. ${o}`}</div>
        ))}
      </div>
      <DistributionChart labels={labels} counts={counts} correct={correct} height={Math.max(200, labels.length * 80)} />
    </div>
  );
}

/** The hall's big screen: join code, question and countdown, live distribution, top 10; readable from the back row. */
export default function ContestScreen() {
  const { code } = useParams();
  const { t } = useI18n();
  const nav = useNavigate();
  const { state: s } = useLiveSocket(code, 'screen');
  const teams = s.lobby?.entrantKind === 'team';
  const board = s.ended ?? s.reveal;
  const rows: Row[] = board ? ((teams ? board.teams : board.top) ?? []) : [];
  const joinUrl = `${window.location.origin}/m/contest/${code}`;
  const fullscreen = () => (document.fullscreenElement ? void document.exitFullscreen() : void document.documentElement.requestFullscreen?.().catch(() => undefined));
  return (
    <div className="vg-screen" data-testid="contest-screen" style={{ justifyContent: 'flex-start', gap: 24 }}>
      <style>{css}</style>
      <div style={{ position: 'absolute', top: 16, right: 16 }}>
        <Space>
          <Button ghost icon={<FullscreenOutlined />} onClick={fullscreen}>{t(m.fullscreen)}</Button>
          <Button ghost icon={<CloseOutlined />} onClick={() => nav('/contests')} aria-label="close" />
        </Space>
      </div>
      <h1 style={{ color: '#fff', fontSize: 'clamp(26px, 3.4vw, 52px)', margin: '8px 0 0', textAlign: 'center' }}>{s.lobby ? `${s.lobby.contest} · ${s.lobby.round}` : ''}</h1>
      {s.error && <div style={{ fontSize: 32 }}>{t(m.errorCode, { c: s.error })}</div>}
      {s.ended ? (
        <div style={{ width: 'min(1100px, 92vw)', display: 'flex' }}><Ranking title={t(m.final)} rows={rows} /></div>
      ) : s.question ? (
        <div style={{ display: 'flex', gap: 32, width: '100%', alignItems: 'flex-start', justifyContent: 'center' }}>
          <QuestionView s={s} />
          {s.reveal?.index === s.question.index && rows.length > 0 && <Ranking title={t(m.top10)} rows={rows} />}
        </div>
      ) : s.lobby ? (
        <div className="vg-contest-in" style={{ display: 'flex', gap: 48, alignItems: 'center', flexWrap: 'wrap', justifyContent: 'center' }}>
          <div style={{ background: '#fff', padding: 16, borderRadius: 12 }}>
            <QrCode text={joinUrl} size={320} data-testid="contest-join-qr" />
          </div>
          <div style={{ textAlign: 'center' }}>
            <div style={{ fontSize: 28 }}>{t(m.scanToJoin)}</div>
            <div data-testid="screen-code" style={{ fontSize: 'clamp(64px, 9vw, 140px)', fontWeight: 800, letterSpacing: '0.15em', fontFamily: 'ui-monospace, Menlo, Consolas, monospace' }}>{code}</div>
            <div style={{ fontSize: 40 }} data-testid="screen-players">{`${t(m.players)} ${s.players}`}</div>
          </div>
        </div>
      ) : null}
    </div>
  );
}
