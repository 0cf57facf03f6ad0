// newsflow web view: fetches the JSON API and builds the page from text nodes only (no innerHTML),
// so nothing in an article can inject markup. Pages poll, so they follow the stream by themselves.
'use strict';

const TYPE_NAMES = {
  PER: 'person', ORG: 'organisation', LOC: 'place', GPE_LOC: 'geopolitical place',
  GPE_ORG: 'geopolitical organisation', PROD: 'product', EVT: 'event', DRV: 'derived', MISC: 'other',
};
const POLL_MS = 3000;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else node.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

/** Only http(s) links are followed: an article's url could be javascript: or data:. */
const webLink = (url) => typeof url === 'string' && /^https?:\/\//i.test(url);
const articleHref = (id) => '/articles/' + encodeURIComponent(id);
const entityHref = (id) => '/entities/' + encodeURIComponent(id);
const pathId = () => decodeURIComponent(location.pathname.split('/')[2] || '');

function status(text, bad) {
  const s = document.getElementById('status');
  s.textContent = text;
  s.classList.toggle('bad', !!bad);
}

/** GET an API resource: the JSON, or null for 404; throws with the problem's detail otherwise. */
async function api(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (response.status === 404) return null;
  if (!response.ok) {
    let detail = response.statusText;
    try { detail = (await response.json()).detail || detail; } catch (e) { /* not a problem body */ }
    throw new Error(response.status + ' ' + detail);
  }
  return response.json();
}

/** Runs refresh now and every POLL_MS, with the outcome in the status line. */
function poll(refresh, every) {
  const run = async () => {
    try {
      await refresh();
      status('live · updated ' + new Date().toLocaleTimeString('nb-NO'));
    } catch (e) {
      status('retrying: ' + e.message, true);
    }
    setTimeout(run, every || POLL_MS);
  };
  run();
}

const plural = (n, one, many) => n + ' ' + (n === 1 ? one : many);

function when(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return d.toLocaleString('nb-NO', { dateStyle: 'medium', timeStyle: 'short' });
}

function typeBadge(type) {
  return el('span', { class: 'type type-' + type, title: TYPE_NAMES[type] || type }, type);
}

// ---- index: latest articles and trending entities ----

function indexPage() {
  let windowName = '1h';
  for (const button of document.querySelectorAll('#windows button')) {
    button.addEventListener('click', () => {
      windowName = button.dataset.window;
      document.querySelectorAll('#windows button').forEach((b) => b.classList.toggle('active', b === button));
      refresh();
    });
  }
  const refresh = async () => {
    const [latest, trending] = await Promise.all([
      api('/api/articles/latest?limit=30'),
      api('/api/entities/trending?limit=20&window=' + encodeURIComponent(windowName)),
    ]);
    const list = document.getElementById('latest');
    list.replaceChildren(...(latest.articles.length ? latest.articles.map(articleItem)
      : [el('li', { class: 'empty' }, 'No articles in the last 7 days.')]));
    const trend = document.getElementById('trending');
    const max = Math.max(1, ...trending.entities.map((e) => e.mentions));
    trend.replaceChildren(...(trending.entities.length ? trending.entities.map((e) => el('li', { class: 'trend' },
      el('a', { href: entityHref(e.id), class: 'ent ent-' + e.type }, e.name), ' ', typeBadge(e.type),
      el('span', { class: 'count' }, e.mentions),
      el('meter', { min: 0, max, value: e.mentions })))
      : [el('li', { class: 'empty' }, 'Nothing mentioned in this window.')]));
  };
  poll(refresh);
}

function articleItem(a) {
  return el('li', { class: 'article-item' },
    el('a', { href: articleHref(a.id), class: 'title' }, a.title || a.id),
    el('div', { class: 'meta' }, [a.outlet, when(a.published_at), a.language].filter(Boolean).join(' · '),
      ' · ', plural(a.claims, 'claim', 'claims') + ' · ' + plural(a.entity_count, 'entity', 'entities')),
    el('div', { class: 'chips' }, a.entities.map((e) =>
      el('a', { href: entityHref(e.id), class: 'chip ent-' + e.type, title: TYPE_NAMES[e.type] || e.type }, e.name))));
}

// ---- article: paragraphs by kind, entities and values marked, claims as nested cards ----

function articlePage() {
  const id = pathId();
  let shown = null;
  const refresh = async () => {
    const article = await api('/api/articles/' + encodeURIComponent(id));
    const root = document.getElementById('article');
    if (!article) {
      root.replaceChildren(el('p', { class: 'empty' }, 'Waiting for article “' + id + '” to be enriched…'));
      return;
    }
    if (shown === article.received_at) return;
    shown = article.received_at;
    document.title = (article.title || article.id) + ' · newsflow';
    root.replaceChildren(renderArticle(article));
    document.getElementById('legend').replaceChildren(renderLegend(article));
  };
  poll(refresh);
}

function renderArticle(a) {
  const claims = a.paragraphs.reduce((n, p) => n + p.claims.length, 0);
  return el('div', {},
    el('h1', {}, a.title || a.id),
    el('p', { class: 'meta' }, [a.outlet, when(a.published_at), a.language].filter(Boolean).join(' · '), ' · ',
      webLink(a.url) ? el('a', { href: a.url, rel: 'noopener noreferrer' }, 'original') : '',
      ' · ' + [plural(a.paragraphs.length, 'paragraph', 'paragraphs'), plural(a.entities.length, 'entity', 'entities'),
        plural(claims, 'claim', 'claims')].join(' · ')),
    a.paragraphs.map(renderParagraph));
}

function renderParagraph(p) {
  return el('section', { class: 'para kind-' + p.kind, 'data-index': p.index },
    el('span', { class: 'kind', title: 'paragraph ' + p.index }, p.kind),
    el('p', { class: 'text' }, highlight(p)),
    p.claims.length ? el('div', { class: 'claims' }, nestClaims(p.claims)) : '');
}

/** The paragraph's text with entity and value spans marked; offsets are code points. */
function highlight(p) {
  const chars = Array.from(p.text);
  const spans = [
    ...p.entities.map((e) => ({ start: e.start, end: e.end, entity: e })),
    ...p.values.map((v) => ({ start: v.start, end: v.end, value: v })),
  ].sort((x, y) => x.start - y.start || (y.end - y.start) - (x.end - x.start));
  const out = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at || s.end > chars.length || s.end <= s.start) continue; // overlapping: first one wins
    out.push(chars.slice(at, s.start).join(''));
    const text = chars.slice(s.start, s.end).join('');
    if (s.entity) {
      const e = s.entity;
      out.push(el('a', { href: entityHref(e.canonical_id), class: 'ent-link' },
        el('mark', { class: 'ent ent-' + e.type, title: e.canonical + ' (' + (TYPE_NAMES[e.type] || e.type) + ')',
          'data-entity': e.canonical_id }, text)));
    } else {
      const v = s.value;
      out.push(el('mark', { class: 'val val-' + v.type, title: v.type.toLowerCase() + (v.normalized ? ': ' + v.normalized : '') }, text));
    }
    at = s.end;
  }
  out.push(chars.slice(at).join(''));
  return out;
}

/** Claims as cards, each nested claim inside the card of the claim it is part of. */
function nestClaims(claims) {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const children = new Map();
  const roots = [];
  for (const c of claims) {
    if (c.parent && byId.has(c.parent) && c.parent !== c.id) {
      if (!children.has(c.parent)) children.set(c.parent, []);
      children.get(c.parent).push(c);
    } else {
      roots.push(c);
    }
  }
  const card = (c, depth) => claimCard(c, depth > 6 ? [] : (children.get(c.id) || []).map((k) => card(k, depth + 1)));
  return roots.map((c) => card(c, 0));
}

function claimCard(c, nested, withArticle) {
  const source = c.source
    ? (c.source.entity_id
      ? el('a', { href: entityHref(c.source.entity_id), class: 'claim-source', title: c.source.resolved || '' }, c.source.text)
      : el('span', { class: 'claim-source', title: c.source.resolved || '' }, c.source.text))
    : el('span', { class: 'claim-source none' }, c.kind === 'factual' ? 'statement' : 'unattributed');
  const resolved = c.source && c.source.resolved && c.source.resolved !== c.source.text
    ? el('span', { class: 'resolved' }, '= ' + c.source.resolved) : '';
  return el('div', { class: 'claim claim-' + c.kind + (nested.length ? ' has-nested' : '') + (c.parent ? ' nested' : ''),
    'data-claim': c.id },
    el('div', { class: 'claim-line' },
      source, resolved,
      el('span', { class: 'arrow' }, '→'),
      el('span', { class: 'claim-cue' }, c.cue ? c.cue.text : '—'),
      el('span', { class: 'arrow' }, '→'),
      el('q', { class: 'claim-content' }, c.content.text)),
    el('div', { class: 'badges' },
      el('span', { class: 'badge badge-kind' }, c.kind),
      c.hedged ? el('span', { class: 'badge badge-hedged', title: c.hedges.map((h) => h.text).join(', ') }, 'hedged') : '',
      c.disputed ? el('span', { class: 'badge badge-disputed' }, 'disputed') : '',
      c.checkworthiness !== undefined && c.checkworthiness !== null
        ? el('span', { class: 'badge badge-check' }, 'check-worthy ' + Number(c.checkworthiness).toFixed(2)) : '',
      withArticle && c.article ? el('a', { class: 'from', href: articleHref(c.article.id) }, c.article.title || c.article.id) : ''),
    nested.length ? el('div', { class: 'claim-children' }, nested) : '');
}

function renderLegend(a) {
  const types = [...new Set(a.entities.map((e) => e.type))];
  return el('div', {},
    el('h2', {}, 'Entities'),
    el('ol', { class: 'entity-list' }, a.entities.map((e) => el('li', {},
      el('a', { href: entityHref(e.id), class: 'ent ent-' + e.type, title: (e.aliases || []).join(', ') }, e.name),
      ' ', el('span', { class: 'count' }, '×' + e.mentions)))),
    el('h2', {}, 'Types'),
    el('p', { class: 'types' }, types.map((t) => el('mark', { class: 'ent ent-' + t }, TYPE_NAMES[t] || t))));
}

// ---- entity: mentions over time, articles, claims by and about ----

function entityPage() {
  const id = pathId();
  const refresh = async () => {
    const e = await api('/api/entities/' + encodeURIComponent(id) + '?limit=50');
    const root = document.getElementById('entity');
    if (!e) {
      root.replaceChildren(el('p', { class: 'empty' }, 'No mentions of “' + id + '” in the last 7 days.'));
      return;
    }
    document.title = e.name + ' · newsflow';
    root.replaceChildren(
      el('h1', {}, el('mark', { class: 'ent ent-' + e.type }, e.name), ' ', typeBadge(e.type)),
      el('p', { class: 'meta' }, e.mentions.last_hour + ' mentions in the last hour · ' + e.mentions.last_24h
        + ' in the last 24 h · ' + e.mentions.retained + ' in 7 days'),
      el('div', { class: 'charts' },
        chart('Last 24 hours, per hour', e.mentions.timeline, 24, 3600e3),
        chart('Last 7 days, per day', e.mentions.timeline, 7, 86400e3)),
      el('div', { class: 'columns' },
        el('section', {}, el('h2', {}, 'Articles'), el('ol', { class: 'article-list' }, e.articles.map((a) =>
          el('li', { class: 'article-item' }, el('a', { href: articleHref(a.id), class: 'title' }, a.title || a.id),
            el('div', { class: 'meta' }, [a.outlet, when(a.published_at)].filter(Boolean).join(' · ')
              + ' · ' + plural(a.mentions, 'mention', 'mentions')))))),
        el('section', {},
          el('h2', {}, 'Claims by ' + e.name),
          e.claims_by.length ? e.claims_by.map((c) => claimCard(c, [], true)) : el('p', { class: 'empty' }, 'None.'),
          el('h2', {}, 'Claims about ' + e.name),
          e.claims_about.length ? e.claims_about.map((c) => claimCard(c, [], true)) : el('p', { class: 'empty' }, 'None.'))));
  };
  poll(refresh, 5000);
}

/** A bar chart of mentions in the last n slots of slotMs, as inline SVG. */
function chart(title, timeline, n, slotMs) {
  const end = Math.ceil(Date.now() / slotMs) * slotMs;
  const counts = new Array(n).fill(0);
  for (const point of timeline) {
    const slot = n - 1 - Math.floor((end - 1 - Date.parse(point.start)) / slotMs);
    if (slot >= 0 && slot < n) counts[slot] += point.mentions;
  }
  const w = 360, h = 90, gap = 2, bw = (w - gap * n) / n, max = Math.max(1, ...counts);
  const bars = counts.map((c, i) => {
    const bh = c ? Math.max(2, (h - 14) * c / max) : 0;
    const bar = svg('rect', { x: i * (bw + gap), y: h - 12 - bh, width: bw, height: bh, class: 'bar' });
    bar.append(svg('title', {}, c + ' mentions'));
    return bar;
  });
  return el('figure', { class: 'chart' },
    svg('svg', { viewBox: '0 0 ' + w + ' ' + h, width: w, height: h, role: 'img', 'aria-label': title },
      svg('line', { x1: 0, y1: h - 11, x2: w, y2: h - 11, class: 'axis' }), ...bars,
      svg('text', { x: 0, y: h - 1, class: 'tick' }, n === 24 ? '−24 h' : '−7 d'),
      svg('text', { x: w, y: h - 1, class: 'tick end' }, 'now'),
      svg('text', { x: 0, y: 10, class: 'tick' }, 'max ' + max)),
    el('figcaption', {}, title));
}

document.addEventListener('DOMContentLoaded', () => {
  const page = document.body.dataset.page;
  if (page === 'index') indexPage();
  else if (page === 'article') articlePage();
  else if (page === 'entity') entityPage();
});
