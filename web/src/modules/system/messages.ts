export const sysText = {
  menu: { zh: '设置总览', en: 'Settings' },
  title: { zh: '设置总览', en: 'All settings' },
  help: { zh: '各模块可在页面上修改的设置；每项修改都记入审计日志。全市性设置只有市级委员会管理员可以修改。', en: 'The settings each module lets you change on a page; every change is written to the audit log. City-wide settings are changed by the city committee’s admins only.' },
  none: { zh: '您没有可以修改的设置', en: 'There are no settings you may change' },
  open: { zh: '打开', en: 'Open' },
};
