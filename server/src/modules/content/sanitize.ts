import sanitizeHtml from 'sanitize-html';

/**
 * The allow-list for rich text written in the editor. Everything not listed is
 * dropped: scripts, styles, iframes, event handler attributes, and any URL whose
 * scheme is not http(s)/mailto (so javascript: and data: never survive).
 */
const richText: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'hr', 'h2', 'h3', 'h4', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'span',
    'blockquote', 'pre', 'code', 'ul', 'ol', 'li', 'a', 'img', 'figure', 'figcaption',
    'table', 'thead', 'tbody', 'tr', 'th', 'td',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'target', 'rel'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    th: ['colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
    p: ['style'],
    h2: ['style'],
    h3: ['style'],
    h4: ['style'],
    span: ['style'],
  },
  allowedStyles: {
    '*': {
      'text-align': [/^(left|right|center|justify)$/],
      color: [/^#[0-9a-f]{3,6}$/i, /^rgb\(\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3}\s*\)$/],
      'font-weight': [/^(bold|normal|[1-9]00)$/],
    },
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: false,
  allowedClasses: {},
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'template'],
  // Images load from https or from our own media route, never from arbitrary relative paths.
  exclusiveFilter: (frame) => frame.tag === 'img' && !/^(https:\/\/|\/api\/v1\/content\/\d+\/media\/)/.test(frame.attribs.src ?? ''),
  transformTags: {
    a: (tagName, attribs) => {
      const attrs: Record<string, string> = { ...attribs };
      if (attrs.target && attrs.target !== '_blank') delete attrs.target;
      if (attrs.target) attrs.rel = 'noopener noreferrer';
      else delete attrs.rel;
      return { tagName, attribs: attrs };
    },
  },
};

export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, richText).trim();
}

/** The visible text of rich text, for reading-time estimates and summaries. */
export function plainText(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {}, nonTextTags: richText.nonTextTags })
    .replace(/&nbsp;/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Chinese readers take in roughly 400 characters a minute. The estimate is whole minutes, rounded up and never less
 * than one: it is also the reading time that completes the item, so "约 N 分钟" is exactly what completion needs.
 */
export function estimateReadingSeconds(html: string): number {
  const chars = plainText(html).length;
  return Math.max(1, Math.ceil(chars / 400)) * 60;
}

const comparable = (text: string) => text.replace(/(…|\.\.\.)+$/, '').replace(/\s+/g, '');

/** A summary cut from the start of the body (the default when none is written) only repeats the first paragraph. */
export function summaryRepeatsBody(summary: string, bodyHtml: string): boolean {
  const s = comparable(summary);
  return s.length > 0 && comparable(plainText(bodyHtml)).startsWith(s);
}
