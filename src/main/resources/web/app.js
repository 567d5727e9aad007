/*
 * Archive KG web view: the correspondence network (Cytoscape.js), a timeline of the documents, filters, and a side
 * panel with a document's metadata, its source passage and provenance.
 *
 * All data comes from this server's SPARQL endpoint (/archive/sparql); nothing is copied into the page. Every triple
 * lives in a named graph (one per source file, plus the reference graph), so every pattern reads GRAPH ?g.
 *
 * For tests and scripting, window.archiveKg = { cy, ready, error, records, persons, selectRecord, selectNode, ... }.
 */
(function () {
  'use strict';

  var ENDPOINT = '/archive/sparql';
  var AKG = 'https://w3id.org/archive-kg/ns#';
  var PREFIXES = [
    'PREFIX akg:     <' + AKG + '>',
    'PREFIX dcterms: <http://purl.org/dc/terms/>',
    'PREFIX owl:     <http://www.w3.org/2002/07/owl#>',
    'PREFIX prov:    <http://www.w3.org/ns/prov#>',
    'PREFIX rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#>',
    'PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>',
    'PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>',
    ''
  ].join('\n');

  var RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
  var DCT_TITLE = 'http://purl.org/dc/terms/title';
  var P = {
    date: AKG + 'date', kind: AKG + 'kind', embedded: AKG + 'embedded', locatedAt: AKG + 'locatedAt',
    signedAs: AKG + 'signedAs', hasSender: AKG + 'hasSender', hasRecipient: AKG + 'hasRecipient',
    transmittedVia: AKG + 'transmittedVia', copySentTo: AKG + 'copySentTo', quotes: AKG + 'quotes',
    repliesTo: AKG + 'repliesTo', refersTo: AKG + 'refersTo', publishes: AKG + 'publishes'
  };
  /** Predicate → the field of a record it fills (IRI-valued ones are resolved to labels). */
  var FIELD = {};
  FIELD[P.date] = 'dates'; FIELD[DCT_TITLE] = 'titles'; FIELD[P.kind] = 'kinds'; FIELD[P.embedded] = 'embedded';
  FIELD[P.locatedAt] = 'locations'; FIELD[P.signedAs] = 'signedAs'; FIELD[P.hasSender] = 'senders';
  FIELD[P.hasRecipient] = 'recipients'; FIELD[P.transmittedVia] = 'via'; FIELD[P.copySentTo] = 'copies';
  FIELD[P.quotes] = 'quotes'; FIELD[P.repliesTo] = 'repliesTo'; FIELD[P.refersTo] = 'refersTo';
  var PREDICATE_NAMES = {};
  PREDICATE_NAMES[P.hasSender] = 'sender'; PREDICATE_NAMES[P.hasRecipient] = 'recipient';
  PREDICATE_NAMES[P.signedAs] = 'signed as'; PREDICATE_NAMES[P.date] = 'date'; PREDICATE_NAMES[DCT_TITLE] = 'title';
  PREDICATE_NAMES[P.kind] = 'kind'; PREDICATE_NAMES[P.locatedAt] = 'archive signature';
  PREDICATE_NAMES[P.transmittedVia] = 'via'; PREDICATE_NAMES[P.copySentTo] = 'copy to'; PREDICATE_NAMES[P.quotes] = 'quotes';
  PREDICATE_NAMES[P.repliesTo] = 'replies to'; PREDICATE_NAMES[P.refersTo] = 'refers to';
  /** Which fact's passage the panel shows first: the sender's, else the signature, the date, the title. */
  var PASSAGE_PREFERENCE = [P.hasSender, P.signedAs, P.date, DCT_TITLE, P.hasRecipient];

  var QUERY_RECORD_FACTS =
    'SELECT DISTINCT ?record ?p ?o WHERE {\n' +
    '  VALUES ?p { rdf:type akg:date dcterms:title akg:kind akg:embedded akg:locatedAt akg:signedAs akg:hasSender\n' +
    '              akg:hasRecipient akg:transmittedVia akg:copySentTo akg:quotes akg:repliesTo akg:refersTo }\n' +
    '  GRAPH ?g { ?record ?p ?o }\n' +
    '  FILTER (?p != rdf:type || ?o = akg:Record)\n' +
    '}';

  var QUERY_LABELS =
    'SELECT DISTINCT ?s ?k ?v WHERE {\n' +
    '  { SELECT DISTINCT ?s WHERE {\n' +
    '      VALUES ?p { akg:kind akg:locatedAt akg:signedAs akg:hasSender akg:hasRecipient akg:transmittedVia akg:copySentTo }\n' +
    '      GRAPH ?g { ?record ?p ?s } FILTER (isIRI(?s)) } }\n' +
    '  { GRAPH ?g1 { ?s skos:prefLabel ?v } BIND ("pref" AS ?k) }\n' +
    '  UNION { GRAPH ?g2 { ?s rdfs:label ?v } BIND ("label" AS ?k) }\n' +
    '  UNION { GRAPH ?g3 { ?s a ?v } BIND ("type" AS ?k) }\n' +
    '}';

  var QUERY_PSEUDONYMS =
    'SELECT DISTINCT ?person ?form ?name WHERE {\n' +
    '  GRAPH ?g { ?form akg:pseudonymOf ?person ; rdfs:label ?name }\n' +
    '}';

  var QUERY_PUBLICATIONS =
    'SELECT DISTINCT ?record ?rel ?pub ?edition ?file WHERE {\n' +
    '  VALUES ?rel { akg:publishes akg:carries }\n' +
    '  GRAPH ?g { ?pub ?rel ?record . OPTIONAL { ?pub akg:edition ?edition } OPTIONAL { ?pub akg:sourceFile ?file } }\n' +
    '}';

  function queryEvidence(iri) {
    return 'SELECT DISTINCT ?p ?o ?file ?line ?start ?exact ?rule ?ruleLabel WHERE {\n' +
      '  GRAPH ?g {\n' +
      '    ?st rdf:subject <' + iri + '> ; rdf:predicate ?p ; rdf:object ?o ; akg:evidence ?ev .\n' +
      '    ?ev akg:inFile ?file ; akg:line ?line ; akg:startOffset ?start ; akg:exact ?exact ; akg:rule ?rule .\n' +
      '  }\n' +
      '  FILTER (?p != akg:mentions)\n' +
      '  OPTIONAL { GRAPH ?rg { ?rule rdfs:label ?ruleLabel } }\n' +
      '} ORDER BY ?file ?start ?p';
  }

  function queryProvenance(iri) {
    return 'SELECT DISTINCT ?g ?file ?activity ?version WHERE {\n' +
      '  GRAPH ?g { <' + iri + '> ?p ?o }\n' +
      '  GRAPH ?g { ?g prov:wasDerivedFrom ?f . ?f rdfs:label ?file .\n' +
      '             OPTIONAL { ?g prov:wasGeneratedBy ?activity . OPTIONAL { ?activity akg:extractorVersion ?version } } }\n' +
      '} ORDER BY ?file';
  }

  function queryPerson(iri) {
    return 'SELECT DISTINCT ?k ?name ?file ?line ?start ?exact ?ruleLabel ?same WHERE {\n' +
      '  {\n' +
      '    GRAPH ?g {\n' +
      '      ?form akg:pseudonymOf <' + iri + '> ; rdfs:label ?name .\n' +
      '      ?st rdf:subject ?form ; rdf:predicate akg:pseudonymOf ; rdf:object <' + iri + '> ; akg:evidence ?ev .\n' +
      '      ?ev akg:inFile ?file ; akg:line ?line ; akg:startOffset ?start ; akg:exact ?exact ; akg:rule ?rule .\n' +
      '    }\n' +
      '    OPTIONAL { GRAPH ?rg { ?rule rdfs:label ?ruleLabel } }\n' +
      '    BIND ("pseudonym" AS ?k)\n' +
      '  } UNION {\n' +
      '    GRAPH ?g2 { <' + iri + '> owl:sameAs ?same } BIND ("same" AS ?k)\n' +
      '  }\n' +
      '} ORDER BY ?k ?name ?file ?start';
  }

  // ---------------------------------------------------------------------------------------------------------------
  // SPARQL

  function sparql(query) {
    var body = new URLSearchParams();
    body.set('query', PREFIXES + query);
    return fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'Accept': 'application/sparql-results+json',
        'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8'
      },
      body: body
    }).then(function (resp) {
      if (!resp.ok) {
        return resp.text().then(function (t) {
          throw new Error('SPARQL endpoint answered ' + resp.status + ': ' + t.slice(0, 300));
        });
      }
      return resp.json();
    }).then(function (json) {
      return json.results.bindings.map(function (b) {
        var row = {};
        Object.keys(b).forEach(function (k) {
          row[k] = b[k].value;
          if (b[k]['xml:lang']) row[k + '@lang'] = b[k]['xml:lang'];
        });
        return row;
      });
    });
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Helpers

  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  /** "1950-10-01" → "1 Oct 1950", "1950-10" → "Oct 1950", "1950" → "1950"; anything else as is. */
  function formatDate(d, withYear) {
    if (!d) return '';
    var m = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(d);
    if (!m) return d;
    var parts = [];
    if (m[3]) parts.push(String(parseInt(m[3], 10)));
    if (m[2]) parts.push(MONTHS[parseInt(m[2], 10) - 1] || m[2]);
    if (withYear !== false || !m[2]) parts.push(m[1]);
    return parts.join(' ');
  }

  /** The first and last day a (possibly partial) date can mean, for comparing with the date filter. */
  function dateSpan(d) {
    var m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(d || '');
    if (!m) return null;
    return {
      from: m[1] + '-' + (m[2] || '01') + '-' + (m[3] || '01'),
      to: m[1] + '-' + (m[2] || '12') + '-' + (m[3] || '31')
    };
  }

  /** The path of one of our IRIs, so its page opens on this server whatever the host and port. */
  function pageHref(iri) {
    try {
      var u = new URL(iri);
      if (u.origin === window.location.origin) return u.pathname + u.search + u.hash;
      if (/\/(record|person|office|nameform|pseudonym|location|unit|statement|evidence|rule|graph|file|extraction|publication|place)\//.test(u.pathname)) {
        return u.pathname + u.search + u.hash;
      }
    } catch (e) { /* not a URL */ }
    return iri;
  }

  function plural(n, one, many) { return n + ' ' + (n === 1 ? one : many); }

  function uniq(list) {
    var seen = Object.create(null), out = [];
    list.forEach(function (x) { if (x !== undefined && x !== null && !seen[x]) { seen[x] = true; out.push(x); } });
    return out;
  }

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === undefined || v === null) return;
      if (k === 'text') e.textContent = v;
      else if (k === 'className') e.className = v;
      else if (k === 'onclick') e.addEventListener('click', v);
      else e.setAttribute(k, v);
    });
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return e;
  }

  function setStatus(text, isError) {
    var s = document.getElementById('status');
    s.textContent = text;
    s.classList.toggle('error', !!isError);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The model, read from the endpoint

  var state = {
    records: {},      // iri → record
    agents: {},       // iri → { iri, name, type, pseudonyms[] }
    labels: {},       // iri → { pref[], label[], type[] }
    cy: null,
    selected: null,   // { kind: 'record'|'node', iri }
    showYear: true
  };

  function record(iri) {
    var r = state.records[iri];
    if (!r) {
      r = state.records[iri] = {
        iri: iri, dates: [], titles: [], kinds: [], embedded: [], locations: [], signedAs: [], senders: [],
        recipients: [], via: [], copies: [], quotes: [], repliesTo: [], refersTo: [],
        editions: [], sourceFiles: [], carriedIn: [], repliedBy: [], quotedBy: [], referredBy: []
      };
    }
    return r;
  }

  function labelOf(iri) {
    var l = state.labels[iri];
    if (l && l.pref.length) return l.pref[0];
    if (l && l.label.length) return l.label[0];
    var m = /[^\/#]+$/.exec(iri);
    return m ? decodeURIComponent(m[0]) : iri;
  }

  function isOffice(iri) {
    var l = state.labels[iri];
    return !!(l && l.type.indexOf(AKG + 'Office') >= 0);
  }

  function primaryDate(r) { return r.dates.length ? r.dates.slice().sort()[0] : ''; }

  function titleOf(r) {
    var en = r.titles.filter(function (t) { return t.lang === 'en'; });
    var pick = (en.length ? en : r.titles).map(function (t) { return t.value; }).sort();
    return pick.length ? pick[0] : '';
  }

  function otherTitles(r) {
    var first = titleOf(r);
    return uniq(r.titles.map(function (t) { return t.value; })).filter(function (t) { return t !== first; }).sort();
  }

  /** A name for a record without a title: "Mao Zedong to Joseph Stalin". */
  function describe(r) {
    var from = r.senders.map(labelOf).join(', ') || 'unknown sender';
    var to = r.recipients.map(labelOf).join(', ') || 'unknown recipient';
    return from + ' to ' + to;
  }

  function involves(r, person) {
    return r.senders.indexOf(person) >= 0 || r.recipients.indexOf(person) >= 0 || r.via.indexOf(person) >= 0
      || r.copies.indexOf(person) >= 0;
  }

  function load() {
    return Promise.all([sparql(QUERY_RECORD_FACTS), sparql(QUERY_LABELS), sparql(QUERY_PSEUDONYMS), sparql(QUERY_PUBLICATIONS)])
      .then(function (results) {
        var facts = results[0], labels = results[1], pseudonyms = results[2], pubs = results[3];

        labels.forEach(function (row) {
          var l = state.labels[row.s] || (state.labels[row.s] = { pref: [], label: [], type: [] });
          var list = row.k === 'pref' ? l.pref : row.k === 'label' ? l.label : l.type;
          if (list.indexOf(row.v) < 0) list.push(row.v);
        });
        Object.keys(state.labels).forEach(function (k) { state.labels[k].pref.sort(); state.labels[k].label.sort(); });

        facts.forEach(function (row) { if (row.p === RDF_TYPE) record(row.record); });
        facts.forEach(function (row) {
          if (row.p === RDF_TYPE || !state.records[row.record]) return;
          var r = state.records[row.record], field = FIELD[row.p];
          if (field === 'titles') {
            if (!r.titles.some(function (t) { return t.value === row.o && t.lang === (row['o@lang'] || ''); })) {
              r.titles.push({ value: row.o, lang: row['o@lang'] || '' });
            }
          } else if (field && r[field].indexOf(row.o) < 0) {
            r[field].push(row.o);
          }
        });

        // inverse links between documents, for the panel
        Object.keys(state.records).forEach(function (k) {
          var r = state.records[k];
          r.repliesTo.forEach(function (t) { if (state.records[t]) state.records[t].repliedBy.push(k); });
          r.quotes.forEach(function (t) { if (state.records[t]) state.records[t].quotedBy.push(k); });
          r.refersTo.forEach(function (t) { if (state.records[t]) state.records[t].referredBy.push(k); });
        });

        // editions and source files: of the publications that publish the record; "carried in": those that only
        // carry or mention it (the catalogue's columns)
        var publishes = {};
        pubs.forEach(function (row) { if (row.rel === P.publishes) publishes[row.pub + ' ' + row.record] = true; });
        pubs.forEach(function (row) {
          var r = state.records[row.record];
          if (!r) return;
          if (row.rel === P.publishes) {
            if (row.edition && r.editions.indexOf(row.edition) < 0) r.editions.push(row.edition);
            if (row.file && r.sourceFiles.indexOf(row.file) < 0) r.sourceFiles.push(row.file);
          } else if (!publishes[row.pub + ' ' + row.record] && row.file && r.carriedIn.indexOf(row.file) < 0) {
            r.carriedIn.push(row.file);
          }
        });
        Object.keys(state.records).forEach(function (k) {
          var r = state.records[k];
          ['editions', 'sourceFiles', 'carriedIn', 'dates', 'signedAs', 'locations'].forEach(function (f) { r[f].sort(); });
        });

        // the agents of the network: senders, recipients, intermediaries, copy recipients
        Object.keys(state.records).forEach(function (k) {
          var r = state.records[k];
          [].concat(r.senders, r.recipients, r.via, r.copies).forEach(function (a) {
            if (!state.agents[a]) state.agents[a] = { iri: a, name: labelOf(a), office: isOffice(a), pseudonyms: [] };
          });
        });

        // pseudonyms, in the order they were first used to sign (then by name)
        var firstUse = {};
        Object.keys(state.records).forEach(function (k) {
          var r = state.records[k], d = primaryDate(r) || '9999';
          r.signedAs.forEach(function (form) {
            var name = labelOf(form);
            if (!firstUse[name] || d < firstUse[name]) firstUse[name] = d;
          });
        });
        pseudonyms.forEach(function (row) {
          var a = state.agents[row.person];
          if (a && a.pseudonyms.indexOf(row.name) < 0 && row.name !== a.name) a.pseudonyms.push(row.name);
        });
        Object.keys(state.agents).forEach(function (k) {
          state.agents[k].pseudonyms.sort(function (x, y) {
            var dx = firstUse[x] || '9999', dy = firstUse[y] || '9999';
            return dx < dy ? -1 : dx > dy ? 1 : x.localeCompare(y);
          });
        });

        var years = uniq(Object.keys(state.records).map(function (k) { return primaryDate(state.records[k]).slice(0, 4); })
          .filter(function (y) { return y; }));
        state.showYear = years.length > 1;
      });
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The network

  function nodeLabel(a) {
    return a.pseudonyms.length ? a.name + ' (' + a.pseudonyms.join(', ') + ')' : a.name;
  }

  function buildElements() {
    var nodes = {}, edges = [], degree = {};
    function addNode(iri) {
      if (nodes[iri]) return;
      var a = state.agents[iri];
      nodes[iri] = { group: 'nodes', data: { id: iri, iri: iri, name: a.name, label: nodeLabel(a),
        pseudonyms: a.pseudonyms.join(', '), kind: a.office ? 'office' : 'person' },
        classes: a.office ? 'office' : 'person' };
    }
    function addEdge(rel, rec, source, target, label, extra) {
      addNode(source); addNode(target);
      var data = { id: rel + ' ' + rec.iri + ' ' + source + ' ' + target, rel: rel, record: rec.iri, source: source,
        target: target, date: primaryDate(rec), label: label || '' };
      if (extra) Object.keys(extra).forEach(function (k) { data[k] = extra[k]; });
      edges.push({ group: 'edges', data: data, classes: rel });
      if (rel === 'sent') {
        degree[source] = (degree[source] || 0) + 1;
        degree[target] = (degree[target] || 0) + 1;
      }
    }
    Object.keys(state.records).sort().forEach(function (k) {
      var r = state.records[k], date = formatDate(primaryDate(r), state.showYear);
      r.senders.forEach(function (s) {
        // one edge per record and recipient
        r.recipients.forEach(function (to) { addEdge('sent', r, s, to, date); });
        // intermediaries: sender ⇢ intermediary ⇢ each recipient, dashed
        r.via.forEach(function (v) {
          addEdge('via', r, s, v, '', { leg: 'in' });
          r.recipients.forEach(function (to) { addEdge('via', r, v, to, '', { leg: 'out' }); });
        });
        r.copies.forEach(function (c) { addEdge('copy', r, s, c, 'copy'); });
      });
      // relations between documents, drawn between their senders
      [['quotes', r.quotes], ['replies', r.repliesTo], ['refers', r.refersTo]].forEach(function (pair) {
        pair[1].forEach(function (t) {
          var target = state.records[t];
          if (!target) return;
          r.senders.forEach(function (s) {
            target.senders.forEach(function (ts) {
              addEdge(pair[0], r, s, ts, '', { targetRecord: t });
            });
          });
        });
      });
    });
    Object.keys(nodes).forEach(function (k) { nodes[k].data.degree = degree[k] || 0; });
    return Object.keys(nodes).sort().map(function (k) { return nodes[k]; }).concat(edges);
  }

  var STYLE = [
    { selector: 'node', style: {
      'label': 'data(label)', 'text-valign': 'bottom', 'text-halign': 'center', 'text-margin-y': 4,
      'font-size': 14, 'color': '#1d2330', 'text-wrap': 'wrap', 'text-max-width': 190,
      'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 2,
      'background-color': '#2e6da4', 'width': 'mapData(degree, 0, 8, 24, 52)', 'height': 'mapData(degree, 0, 8, 24, 52)',
      'border-width': 2, 'border-color': '#ffffff' } },
    { selector: 'node.office', style: { 'shape': 'round-rectangle', 'background-color': '#8a8f98', 'width': 26, 'height': 18 } },
    { selector: 'edge', style: {
      'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.9, 'width': 1.6,
      'line-color': '#2f3b52', 'target-arrow-color': '#2f3b52', 'label': 'data(label)', 'font-size': 12,
      'color': '#2f3b52', 'text-rotation': 'autorotate', 'text-background-color': '#ffffff',
      'text-background-opacity': 0.8, 'text-background-padding': 1, 'control-point-step-size': 28 } },
    { selector: 'edge.via', style: { 'line-style': 'dashed', 'line-color': '#d9822b', 'target-arrow-color': '#d9822b',
      'width': 1.4 } },
    { selector: 'edge.copy', style: { 'line-style': 'dashed', 'line-color': '#7f8c8d', 'target-arrow-color': '#7f8c8d',
      'width': 1, 'color': '#7f8c8d' } },
    { selector: 'edge.quotes', style: { 'line-style': 'dotted', 'line-color': '#8e44ad', 'target-arrow-color': '#8e44ad',
      'target-arrow-shape': 'vee', 'width': 2, 'color': '#8e44ad' } },
    { selector: 'edge.replies', style: { 'line-color': '#1e8449', 'target-arrow-color': '#1e8449',
      'target-arrow-shape': 'vee', 'width': 1.2, 'color': '#1e8449' } },
    { selector: 'edge.refers', style: { 'line-style': 'dotted', 'line-color': '#95a5a6', 'target-arrow-color': '#95a5a6',
      'width': 1, 'color': '#7f8c8d' } },
    { selector: 'edge.highlight', style: { 'line-color': '#c0392b', 'target-arrow-color': '#c0392b', 'width': 3.5,
      'color': '#c0392b', 'z-index': 10 } },
    { selector: 'node.highlight', style: { 'border-color': '#c0392b', 'border-width': 4 } },
    { selector: '.hidden', style: { 'display': 'none' } },
    { selector: ':selected', style: { 'overlay-color': '#c0392b', 'overlay-opacity': 0.12 } }
  ];

  /**
   * A deterministic layout for a correspondence network: the busiest correspondent in the middle, the others on an
   * ellipse around it in the order of their first letter, each intermediary placed next to the first recipient it
   * passed a letter to, and people who only received copies on an outer ring. The same picture on every load.
   */
  function ringLayout(cy) {
    var nodes = cy.nodes();
    if (!nodes.length) return;
    var hub = nodes.max(function (n) { return n.data('degree'); }).ele;
    function kinds(n) { return uniq(n.connectedEdges().map(function (e) { return e.data('rel'); })); }
    function firstDate(n) {
      var ds = n.connectedEdges('.sent').map(function (e) { return e.data('date') || '9999'; }).sort();
      return ds.length ? ds[0] : '9999';
    }
    var ring = [], intermediaries = [], outer = [];
    nodes.forEach(function (n) {
      if (n.same(hub)) return;
      var k = kinds(n);
      if (k.indexOf('sent') < 0 && k.indexOf('via') >= 0) intermediaries.push(n);
      else if (k.indexOf('sent') < 0) outer.push(n);
      else ring.push(n);
    });
    ring.sort(function (a, b) {
      var da = firstDate(a), db = firstDate(b);
      return da < db ? -1 : da > db ? 1 : a.data('name').localeCompare(b.data('name'));
    });
    intermediaries.sort(function (a, b) { return a.data('name').localeCompare(b.data('name')); }).forEach(function (v) {
      var targets = v.outgoers('edge.via').map(function (e) { return e.target().id(); });
      var at = -1;
      ring.forEach(function (n, i) { if (at < 0 && targets.indexOf(n.id()) >= 0) at = i; });
      ring.splice(at < 0 ? ring.length : at + 1, 0, v);
    });
    var w = Math.max(cy.width(), 400), h = Math.max(cy.height(), 300);
    var rx = Math.max(w / 2 - 170, 120), ry = Math.max(h / 2 - 80, 90);
    var pos = {};
    pos[hub.id()] = { x: 0, y: 0 };
    ring.forEach(function (n, i) {
      var a = -Math.PI / 2 + 2 * Math.PI * i / Math.max(ring.length, 1);
      pos[n.id()] = { x: Math.round(rx * Math.cos(a)), y: Math.round(ry * Math.sin(a)) };
    });
    outer.sort(function (a, b) { return a.data('name').localeCompare(b.data('name')); }).forEach(function (n, i) {
      var a = -Math.PI / 2 + Math.PI / Math.max(ring.length, 1) + 2 * Math.PI * i / outer.length;
      pos[n.id()] = { x: Math.round(1.55 * rx * Math.cos(a)), y: Math.round(1.6 * ry * Math.sin(a)) };
    });
    cy.layout({ name: 'preset', positions: function (n) { return pos[n.id()]; }, fit: false, animate: false }).run();
  }

  /** Fits the view to these elements, without zooming in so far that a few nodes fill the screen. */
  function fitView(cy, eles) {
    if (!eles || !eles.length) return;
    cy.fit(eles, 40);
    if (cy.zoom() > 1) {
      cy.zoom(1);
      cy.center(eles);
    }
  }

  function createNetwork() {
    var cy = cytoscape({
      container: document.getElementById('network'),
      elements: buildElements(),
      style: STYLE,
      layout: { name: 'preset' },
      wheelSensitivity: 0.3,
      minZoom: 0.3,
      maxZoom: 3
    });
    ringLayout(cy);
    fitView(cy, cy.elements());

    cy.on('tap', 'edge', function (evt) { selectRecord(evt.target.data('record')); });
    cy.on('tap', 'node', function (evt) { selectNode(evt.target.id()); });
    cy.on('tap', function (evt) { if (evt.target === cy) clearSelection(); });
    return cy;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Filters

  function filterValues() {
    var rels = {};
    Array.prototype.forEach.call(document.querySelectorAll('input[name=rel]'), function (c) { if (c.checked) rels[c.value] = true; });
    return {
      person: document.getElementById('filter-person').value,
      from: document.getElementById('filter-from').value,
      to: document.getElementById('filter-to').value,
      rels: rels
    };
  }

  function dateOk(r, f) {
    if (!f.from && !f.to) return true;
    var span = dateSpan(primaryDate(r));
    if (!span) return false;
    if (f.from && span.to < f.from) return false;
    if (f.to && span.from > f.to) return false;
    return true;
  }

  function applyFilters() {
    var f = filterValues(), cy = state.cy;
    // decide first, then apply in one batch: edges by relation, date and person; nodes shown when an edge is
    var showEdge = {}, showNode = {};
    if (f.person) showNode[f.person] = true;
    cy.edges().forEach(function (e) {
      var r = state.records[e.data('record')], rel = e.data('rel');
      var ok = !!f.rels[rel] && dateOk(r, f);
      if (ok && f.person) {
        ok = (rel === 'sent' || rel === 'via' || rel === 'copy')
          ? involves(r, f.person)
          : (e.data('source') === f.person || e.data('target') === f.person);
      }
      if (ok) {
        showEdge[e.id()] = true;
        showNode[e.data('source')] = true;
        showNode[e.data('target')] = true;
      }
    });
    cy.batch(function () {
      cy.edges().forEach(function (e) { e.toggleClass('hidden', !showEdge[e.id()]); });
      cy.nodes().forEach(function (n) { n.toggleClass('hidden', !showNode[n.id()]); });
    });
    Array.prototype.forEach.call(document.querySelectorAll('#timeline li'), function (li) {
      var r = state.records[li.getAttribute('data-record')];
      li.classList.toggle('hidden', !(dateOk(r, f) && (!f.person || involves(r, f.person))));
    });
    var shownEdges = cy.edges().filter(function (e) { return !e.hasClass('hidden'); }).length;
    var shownNodes = cy.nodes().filter(function (n) { return !n.hasClass('hidden'); }).length;
    var shownDocs = document.querySelectorAll('#timeline li:not(.hidden)').length;
    setStatus(plural(shownNodes, 'person or office', 'people and offices') + ', ' + plural(shownEdges, 'link', 'links') + ', '
      + plural(shownDocs, 'document', 'documents') + ' shown');
    api.filters = { person: f.person, from: f.from, to: f.to, relations: Object.keys(f.rels).sort() };
    api.filterRuns = (api.filterRuns || 0) + 1;
    fitView(cy, cy.elements().filter(function (x) { return !x.hasClass('hidden'); }));
  }

  function setupFilters() {
    var select = document.getElementById('filter-person');
    Object.keys(state.agents).map(function (k) { return state.agents[k]; })
      .filter(function (a) { return !a.office; })
      .sort(function (a, b) { return a.name.localeCompare(b.name); })
      .forEach(function (a) { select.appendChild(el('option', { value: a.iri, text: nodeLabel(a) })); });
    var dates = Object.keys(state.records).map(function (k) { return primaryDate(state.records[k]); })
      .map(dateSpan).filter(function (s) { return s; });
    if (dates.length) {
      var min = dates.map(function (s) { return s.from; }).sort()[0];
      var max = dates.map(function (s) { return s.to; }).sort().pop();
      ['filter-from', 'filter-to'].forEach(function (id) {
        var input = document.getElementById(id);
        input.min = min; input.max = max;
      });
    }
    ['filter-person', 'filter-from', 'filter-to'].forEach(function (id) {
      document.getElementById(id).addEventListener('change', applyFilters);
      document.getElementById(id).addEventListener('input', applyFilters);
    });
    Array.prototype.forEach.call(document.querySelectorAll('input[name=rel]'), function (c) {
      c.addEventListener('change', applyFilters);
    });
    document.getElementById('filter-reset').addEventListener('click', function () {
      select.value = '';
      document.getElementById('filter-from').value = '';
      document.getElementById('filter-to').value = '';
      Array.prototype.forEach.call(document.querySelectorAll('input[name=rel]'), function (c) {
        c.checked = c.defaultChecked;
      });
      applyFilters();
    });
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Timeline

  function sortedRecords() {
    return Object.keys(state.records).map(function (k) { return state.records[k]; }).sort(function (a, b) {
      var da = primaryDate(a) || '9999', db = primaryDate(b) || '9999';
      return da < db ? -1 : da > db ? 1 : a.iri < b.iri ? -1 : a.iri > b.iri ? 1 : 0;
    });
  }

  function buildTimeline() {
    var ol = document.getElementById('timeline');
    ol.textContent = '';
    sortedRecords().forEach(function (r) {
      var badges = [];
      if (r.via.length) badges.push(el('span', { className: 'badge via', text: 'via ' + r.via.map(labelOf).join(', ') }));
      if (r.repliesTo.length) badges.push(el('span', { className: 'badge', text: 'replies' }));
      if (r.quotes.length) badges.push(el('span', { className: 'badge', text: 'quotes' }));
      if (r.embedded.length && !r.sourceFiles.length) badges.push(el('span', { className: 'badge embedded', text: 'known from inside others' }));
      var li = el('li', { 'data-record': r.iri, 'data-date': primaryDate(r), 'data-testid': 'timeline-item', tabindex: '0',
        title: titleOf(r) || describe(r) }, [
        el('div', null, [el('span', { className: 't-date', text: formatDate(primaryDate(r)) || 'undated' }),
          el('span', { className: 't-kind', text: r.kinds.map(labelOf).join(', ') })]),
        el('div', { className: 't-who', text: (r.senders.map(labelOf).join(', ') || '?') + ' → ' + (r.recipients.map(labelOf).join(', ') || '?') }),
        el('div', { className: 't-title', text: titleOf(r) || '' }),
        el('div', null, badges)
      ]);
      li.addEventListener('click', function () { selectRecord(r.iri); });
      li.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); selectRecord(r.iri); } });
      ol.appendChild(li);
    });
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Selection and the side panel

  var panelToken = 0;

  function panel() { return document.getElementById('panel'); }

  function highlight(elements) {
    var cy = state.cy;
    cy.elements().removeClass('highlight');
    cy.elements().unselect();
    if (elements) elements.addClass('highlight');
  }

  function clearSelection() {
    state.selected = null;
    highlight(null);
    Array.prototype.forEach.call(document.querySelectorAll('#timeline li.active'), function (li) { li.classList.remove('active'); });
    var p = panel();
    p.textContent = '';
    p.setAttribute('data-kind', 'empty');
    p.removeAttribute('data-iri');
    p.setAttribute('data-state', 'ready');
    p.appendChild(el('p', { className: 'hint', text: 'Click a person, a letter (an edge) or a document in the timeline to see its metadata, the source passage it was read from and its provenance.' }));
  }

  function field(dl, label, testid, content) {
    var dd = el('dd', { 'data-testid': testid });
    if (content === null || content === undefined || content === '' || (Array.isArray(content) && !content.length)) {
      dd.appendChild(el('span', { className: 'muted', text: '—' }));
    } else if (Array.isArray(content)) {
      content.forEach(function (c, i) {
        if (i) dd.appendChild(document.createTextNode(' | '));
        dd.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
      });
    } else {
      dd.appendChild(typeof content === 'string' ? document.createTextNode(content) : content);
    }
    dl.appendChild(el('dt', { text: label }));
    dl.appendChild(dd);
    return dd;
  }

  /** A link that selects the person or document in the view; its href is the resource's own page (new tab etc.). */
  function selectLink(iri, text, attr, select) {
    var a = el('a', { href: pageHref(iri), className: 'select-link', text: text });
    a.setAttribute(attr, iri);
    a.addEventListener('click', function (e) {
      if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      select(iri);
    });
    return a;
  }

  function agentLink(iri) {
    return state.agents[iri] ? selectLink(iri, labelOf(iri), 'data-iri', selectNode) : el('span', { text: labelOf(iri) });
  }

  function recordLink(iri) {
    var r = state.records[iri];
    var text = r ? formatDate(primaryDate(r)) + ' · ' + (titleOf(r) || describe(r)) : labelOf(iri);
    return selectLink(iri, text, 'data-record', selectRecord);
  }

  function startPanel(kind, iri) {
    var p = panel();
    p.textContent = '';
    p.setAttribute('data-kind', kind);
    p.setAttribute('data-iri', iri);
    p.setAttribute('data-state', 'loading');
    p.scrollTop = 0;
    return ++panelToken;
  }

  function selectRecord(iri) {
    var r = state.records[iri];
    if (!r) return;
    state.selected = { kind: 'record', iri: iri };
    highlight(state.cy.edges().filter(function (e) { return e.data('record') === iri; }));
    Array.prototype.forEach.call(document.querySelectorAll('#timeline li'), function (li) {
      var on = li.getAttribute('data-record') === iri;
      li.classList.toggle('active', on);
      if (on && li.scrollIntoView) li.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    });

    var token = startPanel('record', iri), p = panel();
    var kinds = r.kinds.map(labelOf);
    p.appendChild(el('p', { className: 'type', text: (kinds.join(', ') || 'document') }));
    p.appendChild(el('h2', { 'data-testid': 'panel-title', text: titleOf(r) || describe(r) }));
    var others = otherTitles(r);
    if (others.length) p.appendChild(el('p', { className: 'muted', 'data-testid': 'record-other-titles', text: 'also: ' + others.join(' | ') }));
    p.appendChild(el('a', { className: 'deref', 'data-testid': 'record-link', href: pageHref(iri), text: 'Open its page ↗' }));

    var dl = el('dl');
    field(dl, 'Date', 'record-date', r.dates.map(function (d) { return formatDate(d) + ' (' + d + ')'; }));
    field(dl, 'Kind', 'record-kind', kinds);
    field(dl, 'Sender', 'record-sender', r.senders.map(agentLink));
    field(dl, 'Signed as', 'record-signed-as', r.signedAs.map(labelOf));
    field(dl, 'Recipients', 'record-recipients', r.recipients.map(agentLink));
    field(dl, 'Via', 'record-via', r.via.map(agentLink));
    if (r.copies.length) field(dl, 'Copy to', 'record-copies', r.copies.map(agentLink));
    field(dl, 'Archive', 'record-signatures', r.locations.map(labelOf));
    field(dl, 'Editions', 'record-editions', r.editions);
    field(dl, 'Source files', 'record-source-files', r.sourceFiles);
    if (r.carriedIn.length) field(dl, 'Also carried in', 'record-carried-in', r.carriedIn);
    if (r.embedded.length && !r.sourceFiles.length) field(dl, 'Note', 'record-embedded', 'known only from inside other documents');
    p.appendChild(dl);

    var relations = [];
    r.repliesTo.forEach(function (t) { relations.push(['replies to', t]); });
    r.repliedBy.forEach(function (t) { relations.push(['answered by', t]); });
    r.quotes.forEach(function (t) { relations.push(['quotes', t]); });
    r.quotedBy.forEach(function (t) { relations.push(['quoted in', t]); });
    r.refersTo.forEach(function (t) { relations.push(['refers to', t]); });
    r.referredBy.forEach(function (t) { relations.push(['referred to in', t]); });
    if (relations.length) {
      p.appendChild(el('h3', { text: 'Related documents' }));
      p.appendChild(el('ul', { 'data-testid': 'record-relations' }, relations.map(function (x) {
        return el('li', null, [x[0] + ' ', recordLink(x[1])]);
      })));
    }

    var passageBox = el('div', { 'data-testid': 'record-evidence' }, [el('p', { className: 'muted', text: 'Loading the source passages …' })]);
    p.appendChild(el('h3', { text: 'Source passage' }));
    p.appendChild(passageBox);
    var provBox = el('div', { 'data-testid': 'record-provenance' });
    p.appendChild(el('h3', { text: 'Provenance' }));
    p.appendChild(provBox);

    Promise.all([sparql(queryEvidence(iri)), sparql(queryProvenance(iri))]).then(function (res) {
      if (token !== panelToken) return;
      renderEvidence(passageBox, res[0]);
      renderProvenance(provBox, res[1]);
      panel().setAttribute('data-state', 'ready');
    }).catch(function (err) {
      if (token !== panelToken) return;
      passageBox.textContent = 'Could not load the evidence: ' + err.message;
      panel().setAttribute('data-state', 'error');
    });
  }

  function passageSource(row) {
    return row.file + ':' + row.line + (row.ruleLabel ? ' · rule ' + row.ruleLabel : '');
  }

  function renderEvidence(box, rows) {
    box.textContent = '';
    if (!rows.length) {
      box.appendChild(el('p', { className: 'muted', 'data-testid': 'record-passage', text: 'No passage recorded.' }));
      return;
    }
    var main = null;
    for (var i = 0; i < PASSAGE_PREFERENCE.length && !main; i++) {
      main = rows.filter(function (row) { return row.p === PASSAGE_PREFERENCE[i]; })[0] || null;
    }
    if (!main) main = rows[0];
    box.appendChild(el('p', { className: 'muted', text: 'The ' + (PREDICATE_NAMES[main.p] || 'fact') + ' was read here:' }));
    box.appendChild(el('blockquote', { 'data-testid': 'record-passage', text: main.exact }));
    box.appendChild(el('div', { className: 'src', 'data-testid': 'record-passage-source', 'data-file': main.file,
      'data-line': main.line, text: passageSource(main) }));
    var details = el('details', { 'data-testid': 'record-passages' }, [el('summary', { text: 'All passages (' + rows.length + ')' })]);
    var ul = el('ul');
    rows.forEach(function (row) {
      var what = PREDICATE_NAMES[row.p] || row.p.replace(/^.*[#\/]/, '');
      ul.appendChild(el('li', null, [
        el('strong', { text: what + ': ' }),
        el('span', { text: row.exact.length > 240 ? row.exact.slice(0, 240) + ' …' : row.exact }),
        el('div', { className: 'src', text: passageSource(row) })
      ]));
    });
    details.appendChild(ul);
    box.appendChild(details);
  }

  function renderProvenance(box, rows) {
    box.textContent = '';
    if (!rows.length) {
      box.appendChild(el('p', { className: 'muted', text: 'No extraction graph states facts about it.' }));
      return;
    }
    box.appendChild(el('p', { className: 'muted', text: 'Stated in the graphs extracted from:' }));
    box.appendChild(el('ul', null, rows.map(function (row) {
      return el('li', null, [
        el('a', { href: pageHref(row.g), text: row.file }),
        row.version ? el('span', { className: 'muted', text: ' · extractor ' + row.version }) : null,
        row.activity ? el('span', null, [' · ', el('a', { href: pageHref(row.activity), text: 'activity' })]) : null
      ]);
    })));
  }

  function selectNode(iri) {
    var a = state.agents[iri];
    if (!a) return;
    state.selected = { kind: 'node', iri: iri };
    var node = state.cy.getElementById(iri);
    highlight(node);
    Array.prototype.forEach.call(document.querySelectorAll('#timeline li.active'), function (li) { li.classList.remove('active'); });

    var token = startPanel(a.office ? 'office' : 'person', iri), p = panel();
    p.appendChild(el('p', { className: 'type', text: a.office ? 'office' : 'person' }));
    p.appendChild(el('h2', { 'data-testid': 'panel-title', text: a.name }));
    p.appendChild(el('a', { className: 'deref', 'data-testid': 'person-link', href: pageHref(iri), text: 'Open its page ↗' }));
    var sent = [], received = [], via = [], copies = [];
    sortedRecords().forEach(function (r) {
      if (r.senders.indexOf(iri) >= 0) sent.push(r.iri);
      if (r.recipients.indexOf(iri) >= 0) received.push(r.iri);
      if (r.via.indexOf(iri) >= 0) via.push(r.iri);
      if (r.copies.indexOf(iri) >= 0) copies.push(r.iri);
    });
    var dl = el('dl');
    field(dl, 'Name', 'person-name', a.name);
    if (!a.office) field(dl, 'Pseudonyms', 'person-pseudonyms', a.pseudonyms.join(', '));
    field(dl, 'Letters sent', 'person-sent-count', String(sent.length));
    field(dl, 'Received', 'person-received-count', String(received.length));
    if (via.length) field(dl, 'Intermediary', 'person-via-count', String(via.length));
    p.appendChild(dl);
    function list(title, testid, items) {
      if (!items.length) return;
      p.appendChild(el('h3', { text: title }));
      p.appendChild(el('ul', { 'data-testid': testid }, items.map(function (t) { return el('li', null, [recordLink(t)]); })));
    }
    list('Letters sent', 'person-sent', sent);
    list('Letters received', 'person-received', received);
    list('Passed on as intermediary', 'person-via', via);
    list('Copies received', 'person-copies', copies);
    var evBox = el('div', { 'data-testid': 'person-evidence' });
    p.appendChild(evBox);

    sparql(queryPerson(iri)).then(function (rows) {
      if (token !== panelToken) return;
      var pseud = rows.filter(function (r) { return r.k === 'pseudonym'; });
      var same = uniq(rows.filter(function (r) { return r.k === 'same'; }).map(function (r) { return r.same; }));
      if (pseud.length) {
        evBox.appendChild(el('h3', { text: 'Why these pseudonyms' }));
        evBox.appendChild(el('ul', { 'data-testid': 'person-pseudonym-evidence' }, pseud.map(function (row) {
          return el('li', null, [el('strong', { text: row.name + ': ' }), el('span', { text: row.exact }),
            el('div', { className: 'src', text: passageSource(row) })]);
        })));
      }
      if (same.length) {
        evBox.appendChild(el('h3', { text: 'Same as' }));
        evBox.appendChild(el('ul', { 'data-testid': 'person-same-as' }, same.map(function (s) {
          return el('li', null, [el('a', { href: s, text: s })]);
        })));
      }
      panel().setAttribute('data-state', 'ready');
    }).catch(function (err) {
      if (token !== panelToken) return;
      evBox.textContent = 'Could not load the evidence: ' + err.message;
      panel().setAttribute('data-state', 'error');
    });
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Start

  var api = window.archiveKg = {
    ready: false, error: null, cy: null, endpoint: ENDPOINT, sparql: sparql,
    records: state.records, agents: state.agents,
    selectRecord: selectRecord, selectNode: selectNode, clearSelection: clearSelection, applyFilters: applyFilters,
    /** The node id (IRI) of the agent with this canonical name, or null. */
    nodeIdByName: function (name) {
      var hit = Object.keys(state.agents).filter(function (k) { return state.agents[k].name === name; })[0];
      return hit || null;
    },
    /** The visible letter edges as {source, target, sourceName, targetName, record, date}. */
    visibleLetters: function () {
      return state.cy.edges('.sent').filter(function (e) { return !e.hasClass('hidden'); }).map(function (e) {
        return { source: e.data('source'), target: e.data('target'), sourceName: state.agents[e.data('source')].name,
          targetName: state.agents[e.data('target')].name, record: e.data('record'), date: e.data('date') };
      });
    }
  };

  function start() {
    if (typeof window.cytoscape !== 'function') {
      api.error = 'Cytoscape.js did not load from /webjars/cytoscape/3.33.1/dist/cytoscape.min.js';
      setStatus(api.error, true);
      return;
    }
    load().then(function () {
      state.cy = api.cy = createNetwork();
      buildTimeline();
      setupFilters();
      applyFilters();
      api.ready = true;
      document.body.setAttribute('data-ready', 'true');
    }).catch(function (err) {
      api.error = String(err && err.message || err);
      setStatus('Could not load the graph: ' + api.error, true);
      if (window.console) console.error(err);
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
