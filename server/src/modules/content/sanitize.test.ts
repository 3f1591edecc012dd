import { describe, expect, it } from 'vitest';
import { estimateReadingSeconds, plainText, sanitizeRichText, summaryRepeatsBody } from './sanitize.js';

describe('sanitizeRichText', () => {
  const vectors: Array<[string, string]> = [
    ['<script>alert(1)</script><p>ok</p>', '<p>ok</p>'],
    ['<p onmouseover="alert(1)">hi</p>', '<p>hi</p>'],
    ['<img src="https://a.example/i.png" onerror="alert(1)">', '<img src="https://a.example/i.png" />'],
    ['<img src=x onerror=alert(1)>', ''],
    ['<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="  JAVASCRIPT:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="jav&#x09;ascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="vbscript:msgbox(1)">x</a>', '<a>x</a>'],
    ['<a href="//evil.example/">x</a>', '<a>x</a>'],
    ['<img src="http://insecure.example/i.png">', ''],
    ['<svg><script>alert(1)</script></svg>', ''],
    ['<math><mtext><img src=x onerror=alert(1)></mtext></math>', ''],
    ['<iframe srcdoc="<script>alert(1)</script>"></iframe>', ''],
    ['<form action="https://evil.example"><input name="pw"></form>', ''],
    ['<p style="background:url(javascript:alert(1));text-align:right">t</p>', '<p style="text-align:right">t</p>'],
    ['<div class="x">块</div>', '块'],
    ['<!-- <script>alert(1)</script> -->注释', '注释'],
  ];
  it.each(vectors)('%s', (input, expected) => {
    expect(sanitizeRichText(input)).toBe(expected);
  });

  it('keeps the formatting the editor produces', () => {
    const html = '<h3>一、修好“三门课”</h3><p><strong>粗</strong><em>斜</em><u>下划线</u><s>删除</s></p><blockquote>引用</blockquote>'
      + '<ol><li>一</li></ol><table><tbody><tr><td colspan="2">表</td></tr></tbody></table><a href="mailto:dj@qd.gov.cn">邮件</a>'
      + '<img src="/api/v1/content/3/media/poster" alt="封面" />';
    expect(sanitizeRichText(html)).toBe(html);
  });
});

describe('reading-time estimate', () => {
  it('counts visible text only and never goes below a minute', () => {
    expect(plainText('<p>青春<script>x</script>之岛</p>')).toBe('青春之岛');
    expect(estimateReadingSeconds('<p>短</p>')).toBe(60);
    expect(estimateReadingSeconds(`<p>${'字'.repeat(2000)}</p>`)).toBe(300);
  });

  it('is whole minutes rounded up: what "约 N 分钟" shows is what completion needs', () => {
    expect(estimateReadingSeconds(`<p>${'字'.repeat(401)}</p>`)).toBe(120);
    expect(estimateReadingSeconds(`<p>${'字'.repeat(450)}</p>`)).toBe(120);
    expect(estimateReadingSeconds(`<p>${'字'.repeat(800)}</p>`)).toBe(120);
    expect(estimateReadingSeconds(`<p>${'字'.repeat(801)}</p>`)).toBe(180);
  });
});

describe('summary beside the body', () => {
  const body = '<p>青春之岛 先锋队伍，奋斗在一线。</p><p>第二段。</p>';
  it('a summary cut from the start of the body repeats it', () => {
    expect(summaryRepeatsBody(plainText(body).slice(0, 10), body)).toBe(true);
    expect(summaryRepeatsBody(`${plainText(body).slice(0, 8)}…`, body)).toBe(true);
    expect(summaryRepeatsBody(plainText(body), body)).toBe(true);
  });
  it('a written summary, or none, does not', () => {
    expect(summaryRepeatsBody('讲述先锋队伍的奋斗故事。', body)).toBe(false);
    expect(summaryRepeatsBody('', body)).toBe(false);
  });
});
