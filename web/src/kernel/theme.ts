import type { ThemeConfig } from 'antd';

export const PARTY_RED = '#c8161d';

/** Party red on a calm grey background: the look government admin systems use. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: PARTY_RED,
    colorLink: PARTY_RED,
    colorInfo: PARTY_RED,
    borderRadius: 4,
    colorBgLayout: '#f3f4f6',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: PARTY_RED, headerHeight: 56, siderBg: '#ffffff' },
    Menu: { itemSelectedBg: '#fdecec', itemSelectedColor: PARTY_RED },
  },
};
