import { useI18n } from '../../kernel/i18n.js';
import { PageContainer } from '../../kernel/ui.js';
import { asText as m } from './messages.js';
import { TaskList } from './TaskList.js';

/** 评分工作台 (desktop). */
export default function WorkbenchPage() {
  const { t } = useI18n();
  return (
    <PageContainer title={t(m.workbench)} subTitle={t(m.workbenchSub)}>
      <TaskList columns={2} />
    </PageContainer>
  );
}
