// HTML to article text. linkedom parses the page; @mozilla/readability picks the article (falling back
// to <article>/<main>/<body> with navigation, cookie banners, newsletter boxes, related-story lists,
// scripts and forms removed). The text keeps one paragraph, heading, list item or caption per line, so
// captions that state facts are kept and credits can be recognised by body.ts. Offsets of the annotation
// document point into this text (ExtractResult.text), not into the HTML.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DIV DL DT FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TR UL BR CAPTION'.split(
    ' ',
  ),
);
const DROP =
  'script, style, noscript, template, svg, iframe, form, button, input, select, nav, header nav, [aria-hidden="true"], [hidden]';
const FURNITURE =
  /(^|[\s_-])(cookie|consent|gdpr|newsletter|subscribe|signup|sign-up|promo|advert|ad-slot|ads|related|recommend|more-stories|teaser|share|social|breadcrumb|menu|navbar|nav|footer|sidebar|donat|paywall|comments?|popup|modal|banner)([\s_-]|$)/i;

interface Node_ {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<Node_>;
}

function toLines(root: Node_): string {
  const parts: string[] = [];
  const walk = (n: Node_) => {
    if (n.nodeType === 3) {
      parts.push((n.textContent ?? '').replace(/[ \t\r\n\f]+/g, ' '));
      return;
    }
    if (n.nodeType !== 1) return;
    const block = BLOCK.has(n.nodeName.toUpperCase());
    if (block) parts.push('\n');
    for (let i = 0; i < n.childNodes.length; i++) walk(n.childNodes[i]!);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n\n');
}

export interface HtmlText {
  text: string;
  title?: string;
  published?: string;
}

export function htmlToText(html: string): HtmlText {
  const { document } = parseHTML(
    html.includes('<html') ? html : `<!doctype html><html><head></head><body>${html}</body></html>`,
  );
  const meta = (sel: string) => document.querySelector(sel)?.getAttribute('content') ?? undefined;
  const published =
    meta('meta[property="article:published_time"]') ??
    meta('meta[name="date"]') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined;
  const metaTitle =
    meta('meta[property="og:title"]') ??
    document.querySelector('h1')?.textContent?.trim() ??
    document.title ??
    undefined;
  for (const el of [...document.querySelectorAll(DROP)]) el.remove();
  for (const el of [...document.querySelectorAll('[class], [id]')]) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML' || tag === 'ARTICLE' || tag === 'MAIN') continue;
    const key = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (FURNITURE.test(key) && !/(^|\s)(article|story|content|body|caption)(\s|$)/i.test(key)) el.remove();
  }
  for (const el of [...document.querySelectorAll('footer, aside')]) el.remove();
  let text = '';
  let title = metaTitle?.trim() || undefined;
  try {
    const clone = document.cloneNode(true) as unknown as ConstructorParameters<typeof Readability>[0];
    const art = new Readability(clone, { charThreshold: 200, keepClasses: false }).parse();
    if (art?.content) {
      const { document: d2 } = parseHTML(`<!doctype html><html><body>${art.content}</body></html>`);
      text = toLines(d2.body as unknown as Node_);
      if (art.title && !title) title = art.title;
    }
  } catch {
    text = '';
  }
  if (text.trim().length < 200) {
    const root = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
    text = root ? toLines(root as unknown as Node_) : '';
  }
  // Readability drops the headline; put it back as the first line so the body starts with it.
  if (title && !text.slice(0, 400).includes(title)) text = `${title}\n\n${text}`;
  return { text: text.length ? `${text}\n` : '', title, published: published?.slice(0, 10) };
}
