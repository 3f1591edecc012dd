import type { ThemeConfig } from 'antd';

export const PARTY_RED = '#c8161d';
export const INFO_BLUE = '#1677ff';

/** The class under which antd defines the theme's CSS variables (--ant-color-link…). */
export const THEME_CLASS = 'vg-theme';

/** Party red on a calm grey background: the look government admin systems use. */
export const theme: ThemeConfig = {
  // A fixed class for the theme's CSS variables, so the app's outer block (AppFrame) can carry it.
  cssVar: { key: THEME_CLASS },
  token: {
    colorPrimary: PARTY_RED,
    colorLink: PARTY_RED,
    // Help notes are not warnings: red stays for the brand and for danger.
    colorInfo: INFO_BLUE,
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
