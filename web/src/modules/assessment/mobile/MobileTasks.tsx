import { useI18n } from '../../../kernel/i18n.js';
import { MobileBar } from '../../me/MobileBar.js';
import { asText as m } from '../messages.js';
import { TaskList } from '../TaskList.js';

/** 评分工作台 on the phone: one column. */
export default function MobileTasks() {
  const { t } = useI18n();
  return (
    <>
      <MobileBar title={t(m.workbench)} />
      <div className="vg-m-page">
        <TaskList />
      </div>
    </>
  );
}
