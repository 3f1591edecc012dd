import { theme } from 'antd';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useI18n } from '../../kernel/i18n.js';
import { EmptyState } from '../../kernel/EmptyState.js';
import { Panel } from '../../kernel/Panel.js';
import { cockpitKey, figuresApi } from './cockpit.api.js';
import { ckText } from './messages.js';
import { formatValue } from './format.js';

/** The member's own figures; quiet on failure (the card is left out). */
export const myFiguresQuery = queryOptions({ queryKey: [...cockpitKey, 'me'], queryFn: figuresApi.mine, staleTime: 60_000, meta: { silent: true }, retry: false });

/** "我的" figures on the phone home: the member's own study points, hours, contests… from the figures registry. */
export function MyFiguresCard() {
  const { t, lang } = useI18n();
  const { token } = theme.useToken();
  const mine = useQuery(myFiguresQuery);
  // Not a page of its own: when the figures cannot be read the home page simply goes without the card.
  if (mine.isError) return null;
  const items = mine.data?.items ?? [];
  return (
    <Panel size="small" title={t(ckText.myFigures)} loading={mine.isLoading} data-testid="my-figures">
      {items.length === 0 ? (
        <EmptyState description={t(ckText.noMyFigures)} />
      ) : (
        // Drawn like antd's Statistic (title above, the figure in party red), without a Statistic per figure.
        <div className="vg-m-figures">
          {items.map((f) => (
            <div key={f.name} data-testid={`my-figure-${f.name}`} style={{ minWidth: 0 }}>
              <div style={{ color: token.colorTextDescription, marginBottom: 4 }}>{f.label[lang]}</div>
              <div style={{ color: '#c8161d', fontSize: 20, lineHeight: 1.4 }}>
                {formatValue(f.value, lang)}
                {f.unit && <span style={{ marginInlineStart: 4 }}>{f.unit}</span>}
              </div>
            </div>
          ))}
        </div>
      )}
    </Panel>
  );
}
