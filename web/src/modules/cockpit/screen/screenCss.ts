/** The big screen's dark theme (a fixed 1920×1080 stage scaled to the window; nothing scrolls). */
export const screenCss = `
.vg-ck-screen { position: fixed; inset: 0; background: #020b1f; overflow: hidden; color: #e6f4ff; font-family: 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif; }
.vg-ck-stage { position: absolute; left: 0; top: 0; width: 1920px; height: 1080px; transform-origin: 0 0; box-sizing: border-box; padding: 0 24px 24px;
  background: radial-gradient(ellipse at 50% 0%, rgba(24, 90, 189, .35), transparent 60%), linear-gradient(180deg, #041538, #020b1f); display: flex; flex-direction: column; gap: 16px; }
.vg-ck-head { height: 76px; display: grid; grid-template-columns: 1fr auto 1fr; align-items: center; border-bottom: 1px solid rgba(79, 195, 247, .35); }
.vg-ck-head h1 { margin: 0; font-size: 38px; letter-spacing: 4px; color: #fff; text-shadow: 0 0 18px rgba(79, 195, 247, .8); }
.vg-ck-meta { font-size: 18px; color: #9ecbff; display: flex; gap: 18px; align-items: center; }
.vg-ck-counters { display: grid; gap: 12px; }
.vg-ck-counter { background: linear-gradient(180deg, rgba(16, 52, 110, .75), rgba(8, 28, 66, .75)); border: 1px solid rgba(79, 195, 247, .3); border-radius: 6px; padding: 10px 14px; min-width: 0; }
.vg-ck-counter .label { font-size: 17px; color: #9ecbff; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.vg-ck-counter .value { font-size: 44px; font-weight: 700; color: #ffd666; line-height: 1.15; font-variant-numeric: tabular-nums; white-space: nowrap; }
.vg-ck-counter .value small { font-size: 18px; color: #e6f4ff; margin-left: 4px; font-weight: 400; }
.vg-ck-counter .off { font-size: 30px; color: #6b7d99; line-height: 1.55; }
.vg-ck-counter .case { font-size: 14px; color: #7fa6d6; }
.vg-ck-body { flex: 1; min-height: 0; display: grid; grid-template-columns: 540px 1fr 540px; gap: 16px; }
.vg-ck-col { display: flex; flex-direction: column; gap: 16px; min-height: 0; }
.vg-ck-panel { background: rgba(8, 28, 66, .6); border: 1px solid rgba(79, 195, 247, .3); border-radius: 6px; padding: 10px 14px; display: flex; flex-direction: column; min-height: 0; position: relative; }
.vg-ck-panel h2 { margin: 0 0 6px; font-size: 20px; color: #fff; border-left: 4px solid #4fc3f7; padding-left: 8px; }
.vg-ck-chart { flex: 1; min-height: 0; }
.vg-ck-note { position: absolute; right: 14px; bottom: 10px; font-size: 14px; color: #7fa6d6; }
.vg-ck-btn { background: transparent; border: 1px solid rgba(79, 195, 247, .5); color: #9ecbff; border-radius: 4px; padding: 2px 10px; cursor: pointer; font-size: 14px; }
`;
