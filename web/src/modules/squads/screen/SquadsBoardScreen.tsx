import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../kernel/i18n.js';
import { dimensionKeys, sqText as m } from '../messages.js';
import { fmtScore, squadsApi, squadsKey } from '../squads.api.js';

const css = `
.vg-sq-screen { position: fixed; inset: 0; background: #020b1f; overflow: hidden; color: #e6f4ff; font-family: 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif; }
.vg-sq-stage { position: absolute; left: 0; top: 0; width: 1920px; height: 1080px; transform-origin: 0 0; box-sizing: border-box; padding: 0 48px 32px;
  background: radial-gradient(ellipse at 50% 0%, rgba(200, 22, 29, .35), transparent 60%), linear-gradient(180deg, #041538, #020b1f); display: flex; flex-direction: column; }
.vg-sq-head { height: 110px; display: grid; grid-template-columns: 1fr auto 1fr; align-items: center; border-bottom: 1px solid rgba(255, 214, 102, .35); }
.vg-sq-head h1 { margin: 0; font-size: 46px; letter-spacing: 6px; color: #fff; text-shadow: 0 0 18px rgba(255, 120, 80, .8); }
.vg-sq-meta { font-size: 22px; color: #9ecbff; display: flex; gap: 18px; align-items: center; }
.vg-sq-btn { background: transparent; border: 1px solid rgba(79, 195, 247, .5); color: #9ecbff; border-radius: 4px; padding: 2px 12px; cursor: pointer; font-size: 16px; }
.vg-sq-table { width: 100%; border-collapse: separate; border-spacing: 0 10px; margin-top: 16px; font-size: 26px; }
.vg-sq-table th { color: #9ecbff; font-weight: 400; font-size: 20px; text-align: left; padding: 0 16px; }
.vg-sq-table td { background: rgba(8, 28, 66, .7); padding: 14px 16px; border-top: 1px solid rgba(79, 195, 247, .25); border-bottom: 1px solid rgba(79, 195, 247, .25); font-variant-numeric: tabular-nums; }
.vg-sq-table tr.top td { background: rgba(200, 22, 29, .38); }
.vg-sq-rank { font-size: 40px; font-weight: 800; color: #ffd666; width: 90px; text-align: center; }
.vg-sq-name { font-weight: 700; color: #fff; }
.vg-sq-badge { margin-left: 12px; font-size: 18px; padding: 2px 10px; border-radius: 12px; background: #c8161d; color: #fff; }
.vg-sq-total { font-size: 36px; font-weight: 800; color: #ffd666; }
.vg-sq-up { color: #ff7875; } .vg-sq-down { color: #95de64; } .vg-sq-same { color: #6b7d99; }
.vg-sq-empty { flex: 1; display: flex; align-items: center; justify-content: center; font-size: 36px; color: #6b7d99; }
`;

function useStageScale() {
  const [scale, setScale] = useState(1);
  useEffect(() => {
    const fit = () => setScale(Math.min(window.innerWidth / 1920, window.innerHeight / 1080));
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, []);
  return scale;
}

function Move({ v }: { v: number | null | undefined }) {
  const { t } = useI18n();
  if (v == null) return <span className="vg-sq-same">{t(m.newEntry)}</span>;
  if (v === 0) return <span className="vg-sq-same">—</span>;
  return <span className={v > 0 ? 'vg-sq-up' : 'vg-sq-down'}>{`${v > 0 ? '▲' : '▼'} ${Math.abs(v)}`}</span>;
}

/** 风云榜 for the big screen: the top squads of the latest closed period, refreshed every minute. */
export default function SquadsBoardScreen() {
  const { t } = useI18n();
  const nav = useNavigate();
  const scale = useStageScale();
  const board = useQuery({ queryKey: [...squadsKey, 'board'], queryFn: () => squadsApi.board(), refetchInterval: 60_000 });
  const items = (board.data?.items ?? []).slice(0, 10);
  const period = board.data?.period;
  return (
    <div className="vg-sq-screen" data-testid="squads-screen">
      <style>{css}</style>
      <div className="vg-sq-stage" style={{ transform: `scale(${scale})` }}>
        <div className="vg-sq-head">
          <div className="vg-sq-meta">{period ? period.label : ''}</div>
          <h1>{t(m.boardTitle)}</h1>
          <div className="vg-sq-meta" style={{ justifyContent: 'flex-end' }}>
            <span>{t(m.badgeTip)}</span>
            <button className="vg-sq-btn" onClick={() => void (document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen?.())?.catch(() => undefined)}>
              {t(m.fullscreen)}
            </button>
            <button className="vg-sq-btn" onClick={() => nav('/squads/ranking')}>
              {t(m.exit)}
            </button>
          </div>
        </div>
        {items.length === 0 ? (
          <div className="vg-sq-empty">{board.isLoading ? '' : t(m.boardEmpty)}</div>
        ) : (
          <table className="vg-sq-table" data-testid="squads-board">
            <thead>
              <tr>
                <th style={{ textAlign: 'center' }}>{t(m.rank)}</th>
                <th>{t(m.squad)}</th>
                <th>{t(m.org)}</th>
                {dimensionKeys.map((k) => (
                  <th key={k}>{t(m[k])}</th>
                ))}
                <th>{t(m.total)}</th>
                <th>{t(m.movement)}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={`${r.rank}-${r.name}`} className={r.badge ? 'top' : undefined}>
                  <td className="vg-sq-rank">{r.rank}</td>
                  <td className="vg-sq-name">
                    {r.name}
                    {r.badge && <span className="vg-sq-badge">{t(m.badge)}</span>}
                  </td>
                  <td style={{ color: '#9ecbff', fontSize: 22 }}>{r.orgName}</td>
                  {dimensionKeys.map((k) => (
                    <td key={k}>{fmtScore(r[k])}</td>
                  ))}
                  <td className="vg-sq-total">{fmtScore(r.total)}</td>
                  <td>
                    <Move v={r.movement} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
