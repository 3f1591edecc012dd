import type { ReactNode } from 'react';
import { LeftOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';

/** The top bar of a phone sub-page: back arrow and title. */
export function MobileBar({ title, extra }: { title: string; extra?: ReactNode }) {
  const nav = useNavigate();
  return (
    <div className="vg-m-bar">
      <LeftOutlined onClick={() => nav('/m')} style={{ fontSize: 18, padding: 4 }} aria-label="back" />
      <strong style={{ fontSize: 16 }}>{title}</strong>
      <span style={{ minWidth: 26 }}>{extra}</span>
    </div>
  );
}
