import type { ReactNode } from 'react';
import { LeftOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';

/** The top bar of a phone sub-page: back arrow (to the phone home unless `back` says where) and title. */
export function MobileBar({ title, extra, back = '/m' }: { title: string; extra?: ReactNode; back?: string }) {
  const nav = useNavigate();
  return (
    <div className="vg-m-bar">
      <LeftOutlined onClick={() => nav(back)} style={{ fontSize: 18, padding: 4 }} aria-label="back" />
      <strong style={{ fontSize: 16 }}>{title}</strong>
      <span style={{ minWidth: 26 }}>{extra}</span>
    </div>
  );
}
