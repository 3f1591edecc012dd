import { Card, Col, Row, Typography } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useAuth } from '../../kernel/auth.js';
import { useI18n } from '../../kernel/i18n.js';
import { EmptyState, PageContainer } from '../../kernel/ui.js';
import type { SettingsEntry } from '../types.js';
import { sysText } from './messages.js';

/** Every settings page the user may open, as the modules register them, each with its one-line description. */
export default function SettingsOverviewPage({ entries }: { entries: SettingsEntry[] }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const mine = entries.filter((e) => !e.permission || can(e.permission)).sort((a, b) => a.order - b.order);
  return (
    <PageContainer title={t(sysText.title)}>
      <Typography.Paragraph type="secondary">{t(sysText.help)}</Typography.Paragraph>
      {mine.length === 0 ? (
        <EmptyState description={t(sysText.none)} />
      ) : (
        <Row gutter={[16, 16]} data-testid="settings-overview">
          {mine.map((e) => (
            <Col key={e.path} xs={24} md={12} xl={8}>
              <Link to={e.path} data-testid={`settings-link-${e.path.replace(/^\//, '').replace(/[^A-Za-z0-9]+/g, '-')}`}>
                <Card hoverable size="small" title={t(e.label)} extra={<RightOutlined aria-label={t(sysText.open)} />}>
                  <Typography.Text type="secondary">{t(e.description)}</Typography.Text>
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      )}
    </PageContainer>
  );
}
