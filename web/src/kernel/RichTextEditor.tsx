import { useEffect, useRef } from 'react';
import { Button, Space, Tooltip } from 'antd';
import { BoldOutlined, ItalicOutlined, LinkOutlined, OrderedListOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useI18n } from './i18n.js';

const tools = [
  { cmd: 'bold', icon: <BoldOutlined />, label: { zh: '加粗', en: 'Bold' } },
  { cmd: 'italic', icon: <ItalicOutlined />, label: { zh: '斜体', en: 'Italic' } },
  { cmd: 'formatBlock:h3', icon: <strong>H</strong>, label: { zh: '章节', en: 'Heading' } },
  { cmd: 'formatBlock:p', icon: <span>¶</span>, label: { zh: '正文', en: 'Paragraph' } },
  { cmd: 'insertUnorderedList', icon: <UnorderedListOutlined />, label: { zh: '列表', en: 'List' } },
  { cmd: 'insertOrderedList', icon: <OrderedListOutlined />, label: { zh: '编号', en: 'Numbered list' } },
  { cmd: 'createLink', icon: <LinkOutlined />, label: { zh: '链接', en: 'Link' } },
];

/**
 * A small rich-text field (contentEditable). The server sanitises whatever HTML it
 * receives, so this only has to produce reasonable markup, not safe markup.
 */
export function RichTextEditor({ value, onChange, id, minHeight = 240, disabled, ariaLabel }: { value?: string; onChange?: (html: string) => void; id?: string; minHeight?: number; disabled?: boolean; ariaLabel?: string }) {
  const { t, lang } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Only push outside changes in, so typing does not move the caret.
    if (ref.current && ref.current.innerHTML !== (value ?? '')) ref.current.innerHTML = value ?? '';
  }, [value]);

  const run = (cmd: string) => {
    ref.current?.focus();
    if (cmd === 'createLink') {
      const url = window.prompt(lang === 'zh' ? '链接地址（https://…）' : 'Link (https://…)');
      if (url && /^https?:\/\//.test(url)) document.execCommand('createLink', false, url);
    } else if (cmd.startsWith('formatBlock:')) document.execCommand('formatBlock', false, cmd.split(':')[1]);
    else document.execCommand(cmd);
    onChange?.(ref.current?.innerHTML ?? '');
  };

  return (
    <div style={{ border: '1px solid #d9d9d9', borderRadius: 6, background: disabled ? '#f5f5f5' : '#fff' }}>
      {!disabled && (
        <Space size={2} wrap style={{ padding: 4, borderBottom: '1px solid #f0f0f0', width: '100%' }}>
          {tools.map((tool) => (
            <Tooltip key={tool.cmd} title={t(tool.label)}>
              <Button size="small" type="text" icon={tool.icon} aria-label={t(tool.label)} onMouseDown={(e) => e.preventDefault()} onClick={() => run(tool.cmd)} />
            </Tooltip>
          ))}
        </Space>
      )}
      <div
        id={id}
        ref={ref}
        role="textbox"
        aria-multiline="true"
        aria-label={ariaLabel}
        contentEditable={!disabled}
        suppressContentEditableWarning
        className="vg-richtext"
        onInput={(e) => onChange?.((e.target as HTMLDivElement).innerHTML)}
        style={{ minHeight, padding: '8px 12px', outline: 'none', lineHeight: 1.7, overflowWrap: 'anywhere' }}
      />
    </div>
  );
}
