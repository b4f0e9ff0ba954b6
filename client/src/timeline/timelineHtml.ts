/**
 * The timeline webview's page: a strict Content-Security-Policy, the stylesheet and script from the
 * extension's media/ folder (allowed by nonce), and the timeline drawn as SVG from a layout. Every
 * piece of data (labels, channels, keys) goes through escapeHtml, so a label such as
 * `<img src=x onerror=alert(1)>` is shown as text and cannot become markup. Pure.
 */
import type { TimelineResult } from '../../../protocol/src/protocol';
import type { TimelineLayout } from './timelineLayout';

export interface TimelineShell {
  /** A fresh random value per page: the only inline or linked resources that run carry it. */
  readonly nonce: string;
  /** `webview.cspSource`: where the stylesheet may come from. */
  readonly cspSource: string;
  /** `webview.asWebviewUri(...)` of media/timeline.css and media/timeline.js. */
  readonly styleUri: string;
  readonly scriptUri: string;
}

/** `&`, `<`, `>`, `"` and `'` as character references: safe in text and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
}

export function contentSecurityPolicy(shell: Pick<TimelineShell, 'nonce' | 'cspSource'>): string {
  return `default-src 'none'; style-src ${shell.cspSource} 'nonce-${shell.nonce}'; script-src 'nonce-${shell.nonce}';`;
}

/** Lane names longer than this are cut (the whole name is in the lane's tooltip). */
const MAX_LANE_LABEL = 30;

export function buildTimelineHtml(result: TimelineResult, layout: TimelineLayout, shell: TimelineShell): string {
  const nonce = escapeHtml(shell.nonce);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="UTF-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(shell))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    `<link rel="stylesheet" href="${escapeHtml(shell.styleUri)}" nonce="${nonce}">`,
    '<title>Cable timeline</title>',
    '</head>',
    '<body>',
    `<p class="summary" role="status">${escapeHtml(summary(result, layout))}</p>`,
    layout.marks.length ? `<div class="scroller">\n${svg(layout)}\n</div>` : '',
    `<script nonce="${nonce}" src="${escapeHtml(shell.scriptUri)}"></script>`,
    '</body>',
    '</html>',
  ].join('\n');
}

function summary(result: TimelineResult, layout: TimelineLayout): string {
  const n = layout.marks.length;
  const parts = n
    ? [`${plural(n, 'cable')} in ${plural(layout.lanes.length, 'channel')}, ${plural(layout.arrows.length, 'reference')}.`]
    : ['No cables in this workspace yet.'];
  if (!result.complete) parts.push('The workspace is still being indexed; the timeline is partial.');
  if (n) parts.push('Click a cable, or press Enter on it, to open it at its header; the arrow keys move between cables.');
  return parts.join(' ');
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Coordinates to one decimal, which is all a screen needs. */
function num(n: number): string {
  return String(Math.round(n * 10) / 10);
}

function svg(layout: TimelineLayout): string {
  const out: string[] = [];
  const { width, height } = layout;
  const labelOf = new Map(layout.marks.map(m => [m.key, m.label]));
  out.push(
    `<svg class="timeline" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" aria-label="Timeline of the cables by channel">`,
    '<defs><marker id="arrowhead" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">' +
      '<path class="arrowhead" d="M0,0 L8,4 L0,8 z"/></marker></defs>',
  );

  out.push('<g class="ticks" aria-hidden="true">');
  const bottom = height - 8;
  for (const tick of layout.ticks) {
    out.push(`<line class="tick${tick.label ? ' labelled' : ''}" x1="${num(tick.x)}" y1="20" x2="${num(tick.x)}" y2="${num(bottom)}"/>`);
    if (tick.label) out.push(`<text class="tick-label" x="${num(tick.x + 3)}" y="14">${escapeHtml(tick.label)}</text>`);
  }
  if (layout.undatedX !== undefined) {
    out.push(`<text class="tick-label" x="${num(layout.undatedX - 6)}" y="14">Undated</text>`);
  }
  out.push('</g>');

  out.push('<g class="lanes">');
  for (const lane of layout.lanes) {
    const shown = lane.channel.length > MAX_LANE_LABEL ? `${lane.channel.slice(0, MAX_LANE_LABEL - 1)}…` : lane.channel;
    out.push(
      `<line class="lane" x1="${num(layout.axisStart)}" y1="${num(lane.y)}" x2="${num(width - 8)}" y2="${num(lane.y)}"/>`,
      `<text class="lane-label" x="16" y="${num(lane.y + 4)}"><title>${escapeHtml(lane.channel)}</title>${escapeHtml(shown)}</text>`,
    );
  }
  out.push('</g>');

  out.push('<g class="arrows">');
  for (const a of layout.arrows) {
    const title = `${labelOf.get(a.from) ?? a.from}\ncites\n${labelOf.get(a.to) ?? a.to}`;
    out.push(
      `<path class="arrow" data-from="${escapeHtml(a.from)}" data-to="${escapeHtml(a.to)}" ` +
        `d="M${num(a.x1)},${num(a.y1)} Q${num(a.cx)},${num(a.cy)} ${num(a.x2)},${num(a.y2)}" marker-end="url(#arrowhead)">` +
        `<title>${escapeHtml(title)}</title></path>`,
    );
  }
  out.push('</g>');

  out.push('<g class="marks">');
  // One tab stop for the whole timeline (the first cable); the arrow keys move between cables.
  layout.marks.forEach((m, i) => {
    const label = escapeHtml(m.label);
    out.push(
      `<g class="mark${m.dated ? '' : ' undated'}" tabindex="${i === 0 ? 0 : -1}" role="button" ` +
        `data-key="${escapeHtml(m.key)}" data-lane="${m.lane}" data-x="${num(m.x)}" aria-label="${label}">` +
        `<title>${label}</title><circle cx="${num(m.x)}" cy="${num(m.y)}" r="${num(layout.markRadius)}"/></g>`,
    );
  });
  out.push('</g>');
  out.push('</svg>');
  return out.join('\n');
}
