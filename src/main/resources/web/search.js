/* Archive KG web view: the search box. Asks the server's /search (the same jena-text index SPARQL's text:query
   uses) and lists the matching passages, with the matched words marked, each linking to the side-by-side view of
   its record's versions; and the people whose name forms match, with how and where the documents write them. */
(function () {
  'use strict';

  function el(tag, attrs, children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'text') e.textContent = v; else e.setAttribute(k, v);
    }
    for (const c of children || []) e.append(c);
    return e;
  }

  /** The passage text with the matched words (file offsets) wrapped in <mark>. */
  function marked(hit) {
    const frag = document.createDocumentFragment();
    let at = 0;
    const text = hit.text;
    for (const [s, e] of hit.matches) {
      const from = s - hit.startOffset, to = e - hit.startOffset;
      if (from < at || to > text.length) continue;
      frag.append(text.slice(at, from), el('mark', { text: text.slice(from, to) }));
      at = to;
    }
    frag.append(text.slice(at));
    return frag;
  }

  function passageItem(hit) {
    const where = el('span', { class: 'where', text: hit.file + ':' + hit.line + ' · ' + hit.language
      + ' · ' + hit.startOffset + '–' + hit.endOffset });
    const links = el('span', { class: 'links' });
    for (const r of hit.records) {
      if (!r.versions) continue;
      const first = hit.matches.length ? hit.matches[0][0] : hit.startOffset;
      const a = el('a', { href: r.versions + '?file=' + encodeURIComponent(hit.file) + '&at=' + first + '#hit',
        'data-testid': 'search-versions-link', text: 'versions of ' + r.record.replace(/^.*\/record\//, '') });
      links.append(' ', a);
    }
    return el('li', { class: 'search-hit', 'data-testid': 'search-hit', 'data-file': hit.file },
      [where, links, el('blockquote', {}, [marked(hit)])]);
  }

  function personItem(p) {
    const forms = el('ul', { class: 'forms' });
    for (const f of p.forms) {
      forms.append(el('li', { 'data-testid': 'search-form', text: f.written + ' — ' + f.file + ':' + f.line }));
    }
    if (p.morePlaces) forms.append(el('li', { class: 'hint', text: '… and more places (the person\'s page lists the documents)' }));
    return el('li', { class: 'search-person', 'data-testid': 'search-person' },
      [el('a', { href: p.person.replace(/^https?:\/\/[^/]+/, ''), text: p.label }), forms]);
  }

  async function run(q, lang) {
    const out = document.getElementById('search-results');
    out.hidden = false;
    out.dataset.state = 'loading';
    out.replaceChildren(el('p', { class: 'hint', text: 'Searching …' }));
    const url = '/search?q=' + encodeURIComponent(q) + (lang ? '&lang=' + lang : '');
    try {
      const resp = await fetch(url, { headers: { Accept: 'application/json' } });
      if (!resp.ok) throw new Error((await resp.text()).replace(/<[^>]+>/g, ' ').trim().slice(0, 300));
      const result = await resp.json();
      const children = [];
      if (result.people.length) {
        children.push(el('h3', { text: 'People named so' }), el('ul', { class: 'people' }, result.people.map(personItem)));
      }
      children.push(el('h3', { text: result.passages.length + ' passage(s) for “' + q + '”' }));
      if (result.passages.length) children.push(el('ol', { class: 'hits' }, result.passages.map(passageItem)));
      out.replaceChildren(...children);
      out.dataset.state = 'ready';
    } catch (e) {
      out.replaceChildren(el('p', { class: 'error', 'data-testid': 'search-error', text: 'Search failed: ' + e.message }));
      out.dataset.state = 'error';
    }
  }

  function start() {
    const form = document.getElementById('search');
    if (!form) return;
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const q = document.getElementById('search-q').value.trim();
      if (q) run(q, document.getElementById('search-lang').value);
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
