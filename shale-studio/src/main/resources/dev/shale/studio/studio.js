'use strict';
(() => {
  const token = document.querySelector('meta[name="shale-token"]').content;
  if (new URLSearchParams(location.search).get('token') !== token) {
    // opened with the one-time launch code: keep the token in the address, so a reload works
    history.replaceState(null, '', '/?token=' + encodeURIComponent(token) + location.hash);
  }
  const SVG = 'http://www.w3.org/2000/svg';
  const HEADER = 30, ROW = 20, CHAR = 7.2, TYPE_CHAR = 6.7;
  function clip(text, room) {
    const n = Math.floor(room);
    return text.length <= n ? text : text.slice(0, Math.max(1, n - 1)) + '…';
  }
  const state = { project: null, schema: null, history: null, check: null, tables: null,
    view: null, selected: null, transform: { x: 20, y: 60, k: 1 }, rows: null, query: null };
  window.shaleStudio = { ready: {} };

  // ---- helpers ----
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : v);
    }
    append(el, children);
    return el;
  }
  function append(el, children) {
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    }
    return el;
  }
  function s(tag, attrs, ...children) {
    const el = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v !== null && v !== undefined) el.setAttribute(k, v);
    }
    for (const c of children) {
      el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return el;
  }
  const $ = (id) => document.getElementById(id);
  function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); return el; }
  function sentence(text) { return text ? text[0].toUpperCase() + text.slice(1) + '.' : ''; }
  function badge(text, cls) { return h('span', { class: 'badge ' + (cls || '') }, text); }
  function errorBox(message) { return h('div', { class: 'error' }, message); }

  async function api(path, options) {
    const init = Object.assign({ headers: { 'X-Shale-Token': token } }, options || {});
    if (init.body) init.headers['Content-Type'] = 'application/json';
    const response = await fetch('/api/' + path, init);
    const body = await response.json().catch(() => ({ error: response.statusText }));
    if (!response.ok) throw new Error(body.error || ('HTTP ' + response.status));
    return body;
  }
  function when(iso) {
    if (!iso) return '';
    const d = new Date(iso);
    return isNaN(d) ? iso : d.toISOString().replace('T', ' ').replace(/(\.\d+)?Z$/, ' UTC');
  }

  // ---- routing ----
  function route() {
    const parts = location.hash.replace(/^#/, '').split('/').map((p) => {
      try { return decodeURIComponent(p); } catch (e) { return p; }
    });
    const view = ['schema', 'history', 'data', 'check'].includes(parts[0]) ? parts[0] : 'schema';
    for (const a of document.querySelectorAll('#tabs a')) a.classList.toggle('active', a.dataset.view === view);
    for (const v of document.querySelectorAll('.view')) v.hidden = v.id !== 'view-' + view;
    state.view = view;
    if (view === 'schema') showSchema(parts[1]);
    else if (view === 'history') showHistory(parts[1], parts[2]);
    else if (view === 'data') showData(parts[1], parts[2]);
    else showCheck();
  }
  function go(view, ...args) {
    const hash = [view, ...args.map((a) => encodeURIComponent(String(a)))].join('/');
    if (location.hash === '#' + hash) route(); else location.hash = hash;
  }
  window.addEventListener('hashchange', route);

  // ---- project ----
  async function loadProject() {
    state.project = await api('project');
    const meta = clear($('meta'));
    append(meta, [
      h('span', {}, state.project.name),
      state.project.database
        ? badge(state.project.database)
        : h('span', { title: 'start shale studio with --url to see migration states and rows' }, 'no database'),
      state.project.database ? badge(state.project.write ? 'writes allowed' : 'read-only') : null,
    ]);
  }

  // ---- schema ----
  async function showSchema(tableId) {
    if (!state.schema) {
      const asked = performance.now();
      try {
        state.schema = await api('schema');
        window.shaleStudio.schemaFetchMs = performance.now() - asked;
      } catch (e) {
        const box = $('schema-error');
        box.hidden = false;
        box.textContent = e.message;
        window.shaleStudio.ready.schema = true;
        return;
      }
      drawDiagram();
      fit();
      if (!state.schema.tables.length) {
        const box = $('schema-error');
        box.hidden = false;
        box.className = 'note';
        box.textContent = 'The schema declares no tables yet.';
      }
      // two frames later the diagram has been laid out and painted once
      requestAnimationFrame(() => requestAnimationFrame(() => {
        window.shaleStudio.firstRenderMs = performance.now();
      }));
    }
    if (tableId) {
      selectTable(tableId, true);
    }
    window.shaleStudio.ready.schema = true;
  }

  function tableById(id) { return state.schema.tables.find((t) => t.id === id); }

  function drawDiagram() {
    const started = performance.now();
    const { tables, edges, groups } = state.schema;
    const groupLayer = clear($('groups')), edgeLayer = clear($('edges')), nodeLayer = clear($('nodes'));
    const showGroups = groups.length > 1 || (groups.length === 1 && groups[0].schema !== 'public');
    if (showGroups) {
      const frag = document.createDocumentFragment();
      for (const g of groups) {
        frag.appendChild(s('g', { class: 'group', transform: `translate(${g.x},${g.y})` },
          s('rect', { width: g.width, height: g.height, rx: 10 }),
          s('text', { x: 14, y: 24 }, g.schema)));
      }
      groupLayer.appendChild(frag);
    }
    const byId = new Map(tables.map((t) => [t.id, t]));
    const edgeFrag = document.createDocumentFragment();
    state.edgeEls = [];
    for (const e of edges) {
      const from = byId.get(e.from), to = byId.get(e.to);
      const path = s('path', { class: 'edge', d: edgePath(from, e.fromColumns, to, e.toColumns), 'marker-end': 'url(#arrow)' });
      path.dataset.from = e.from; path.dataset.to = e.to;
      state.edgeEls.push(path);
      edgeFrag.appendChild(path);
    }
    edgeLayer.appendChild(edgeFrag);
    const nodeFrag = document.createDocumentFragment();
    state.nodeEls = new Map();
    for (const t of tables) {
      const g = s('g', { class: 'node', transform: `translate(${t.x},${t.y})` });
      g.dataset.id = t.id;
      g.appendChild(s('rect', { class: 'box', width: t.width, height: t.height, rx: 6 }));
      g.appendChild(s('rect', { class: 'head', width: t.width, height: HEADER, rx: 6 }));
      g.appendChild(s('text', { class: 'title', x: 10, y: 20 }, clip(t.name, (t.width - 20) / 7.8)));
      g.appendChild(s('title', {}, t.id));
      t.columns.forEach((c, i) => {
        const y = HEADER + ROW * i + 15;
        if (c.primaryKey) g.appendChild(s('text', { class: 'key', x: 5, y }, 'PK'));
        else if (c.foreignKey) g.appendChild(s('text', { class: 'fkey', x: 5, y }, 'FK'));
        // name and type share the row: the type gives way first, then the name
        const name = c.name + (c.notNull ? '' : '?');
        const room = (t.width - 40) ;
        const typeRoom = Math.max(8, Math.min(c.type.length, Math.floor((room - Math.min(name.length, 18) * CHAR) / TYPE_CHAR)));
        const type = clip(c.type, typeRoom);
        const nameRoom = Math.max(6, Math.floor((room - type.length * TYPE_CHAR) / CHAR));
        g.appendChild(s('text', { class: 'col', x: 24, y }, clip(name, nameRoom)));
        g.appendChild(s('text', { class: 'type', x: t.width - 8, y, 'text-anchor': 'end' }, type));
      });
      nodeFrag.appendChild(g);
      state.nodeEls.set(t.id, g);
    }
    nodeLayer.appendChild(nodeFrag);
    const summary = clear($('schema-summary'));
    summary.appendChild(document.createTextNode(
      `${tables.length} table${tables.length === 1 ? '' : 's'}, ${edges.length} foreign key${edges.length === 1 ? '' : 's'}` +
      (groups.length > 1 ? `, ${groups.length} schemas` : '')));
    const { enums, views } = state.schema;
    if (enums.length || views.length) {
      summary.appendChild(document.createTextNode(', '));
      summary.appendChild(h('a', { id: 'types-link', onclick: showTypesPanel },
        [enums.length ? `${enums.length} enum${enums.length === 1 ? '' : 's'}` : null,
          views.length ? `${views.length} view${views.length === 1 ? '' : 's'}` : null].filter(Boolean).join(', ')));
    }
    window.shaleStudio.diagramMs = performance.now() - started;
    window.shaleStudio.tables = tables.length;
  }

  function columnY(table, columns) {
    const i = columns && columns.length ? table.columns.findIndex((c) => c.name === columns[0]) : -1;
    return table.y + (i < 0 ? HEADER / 2 : HEADER + ROW * i + ROW / 2);
  }

  function edgePath(from, fromColumns, to, toColumns) {
    const y1 = columnY(from, fromColumns), y2 = columnY(to, toColumns);
    if (from === to) {
      const x = from.x + from.width;
      return `M ${x} ${y1} C ${x + 40} ${y1}, ${x + 40} ${y2}, ${x} ${y2}`;
    }
    let x1, x2, d1, d2;
    if (to.x + to.width < from.x) { x1 = from.x; x2 = to.x + to.width; d1 = -1; d2 = 1; }
    else if (from.x + from.width < to.x) { x1 = from.x + from.width; x2 = to.x; d1 = 1; d2 = -1; }
    else { x1 = from.x + from.width; x2 = to.x + to.width; d1 = 1; d2 = 1; }
    const bend = Math.max(30, Math.min(120, Math.abs(x2 - x1) / 2));
    return `M ${x1} ${y1} C ${x1 + d1 * bend} ${y1}, ${x2 + d2 * bend} ${y2}, ${x2} ${y2}`;
  }

  // While the diagram moves, a big one draws only its boxes; the rest comes back once it rests.
  let settle = null;
  function applyTransform(moving) {
    const { x, y, k } = state.transform;
    const svg = $('svg');
    $('viewport').setAttribute('transform', `translate(${x},${y}) scale(${k})`);
    svg.classList.toggle('far', k < 0.45);
    if (moving && state.schema && state.schema.tables.length > 150) {
      svg.classList.add('moving');
      clearTimeout(settle);
      settle = setTimeout(() => svg.classList.remove('moving'), 180);
    }
  }

  function fit() {
    if (!state.schema) return;
    const box = $('svg').getBoundingClientRect();
    const w = Math.max(1, state.schema.width), hgt = Math.max(1, state.schema.height);
    const k = Math.min(1.2, (box.width - 40) / w, (box.height - 80) / hgt);
    state.transform = { k: Math.max(0.02, k), x: Math.max(20, (box.width - w * k) / 2), y: 60 };
    applyTransform();
  }

  function zoom(factor, cx, cy) {
    if (!state.schema) return;
    const t = state.transform;
    const box = $('svg').getBoundingClientRect();
    if (cx === undefined) { cx = box.width / 2; cy = box.height / 2; }
    const k = Math.max(0.02, Math.min(4, t.k * factor));
    t.x = cx - (cx - t.x) * (k / t.k);
    t.y = cy - (cy - t.y) * (k / t.k);
    t.k = k;
    applyTransform(true);
  }

  function centreOn(table) {
    const box = $('svg').getBoundingClientRect();
    const k = Math.max(state.transform.k, 0.8);
    const panel = $('table-panel').hidden ? 0 : 460;
    state.transform = { k, x: (box.width - panel) / 2 - (table.x + table.width / 2) * k, y: box.height / 2 - (table.y + Math.min(table.height, 300) / 2) * k };
    applyTransform();
  }

  function selectTable(id, centre) {
    const table = tableById(id);
    if (!table) return;
    if (state.selected) state.nodeEls.get(state.selected)?.classList.remove('selected');
    state.selected = id;
    state.nodeEls.get(id).classList.add('selected');
    for (const e of state.edgeEls) e.classList.toggle('on', e.dataset.from === id || e.dataset.to === id);
    showTablePanel(table);
    if (centre) centreOn(table);
  }

  function showTablePanel(t) {
    const panel = clear($('table-panel'));
    panel.hidden = false;
    const referencedBy = state.schema.edges.filter((e) => e.to === t.id && e.from !== t.id);
    append(panel, [
      h('button', { class: 'close', title: 'Close', onclick: () => { panel.hidden = true; go('schema'); } }, '×'),
      h('h1', { id: 'panel-title' }, t.id),
      t.comment ? h('p', {}, t.comment) : null,
      t.source ? h('div', { class: 'source' }, `Declared in ${t.source.file}:${t.source.line}`) : null,
      state.project && state.project.database ? h('p', {}, h('a', { onclick: () => go('data', t.schema, t.name) }, 'Browse its rows →')) : null,
      h('h2', {}, 'Columns'),
      h('table', { class: 'grid' },
        h('tr', {}, h('th', {}, 'name'), h('th', {}, 'type'), h('th', {}, 'null'), h('th', {}, 'default')),
        t.columns.map((c) => h('tr', {},
          h('td', {}, c.name, ' ', c.primaryKey ? badge('PK', 'lock') : null, c.foreignKey ? badge('FK', 'pending') : null,
            c.comment ? h('div', { class: 'muted' }, c.comment) : null),
          h('td', { class: 'mono' }, c.type),
          h('td', { class: 'nowrap' }, c.notNull ? 'not null' : 'null'),
          h('td', { class: 'mono' }, c.identity ? 'identity (' + c.identity.toLowerCase() + ')' : c.generated ? 'generated: ' + c.generated : c.defaultValue || ''))),
      ),
      t.primaryKey ? [h('h2', {}, 'Primary key'), h('div', { class: 'mono' }, `${t.primaryKey.name} (${t.primaryKey.columns.join(', ')})`)] : null,
      t.uniques.length ? [h('h2', {}, 'Unique'), h('ul', { class: 'plain mono' }, t.uniques.map((u) => h('li', {}, `${u.name} (${u.columns.join(', ')})`)))] : null,
      t.foreignKeys.length ? [h('h2', {}, 'Foreign keys'), h('ul', { class: 'plain' }, t.foreignKeys.map((f) => h('li', {},
        h('span', { class: 'mono' }, `${f.name} (${f.columns.join(', ')}) → `),
        h('a', { onclick: () => go('schema', f.target) }, f.target), h('span', { class: 'mono' }, ` (${f.targetColumns.join(', ')})`),
        f.onDelete && f.onDelete !== 'NO ACTION' ? h('span', { class: 'muted' }, ` on delete ${f.onDelete.toLowerCase()}`) : null,
        f.notValid ? badge('not valid', 'warning') : null)))] : null,
      referencedBy.length ? [h('h2', {}, 'Referenced by'), h('ul', { class: 'plain' }, referencedBy.map((e) => h('li', {},
        h('a', { onclick: () => go('schema', e.from) }, e.from), h('span', { class: 'mono muted' }, ` (${e.fromColumns.join(', ')})`))))] : null,
      t.checks.length ? [h('h2', {}, 'Checks'), h('ul', { class: 'plain mono' }, t.checks.map((c) => h('li', {}, `${c.name}: ${c.expression}`)))] : null,
      t.indexes.length ? [h('h2', {}, 'Indexes'), h('ul', { class: 'plain mono' }, t.indexes.map((i) => h('li', {}, `${i.unique ? 'unique ' : ''}${i.name} ${i.definition}`)))] : null,
    ]);
  }

  function showTypesPanel() {
    const panel = clear($('table-panel'));
    panel.hidden = false;
    const { enums, views } = state.schema;
    append(panel, [
      h('button', { class: 'close', title: 'Close', onclick: () => { panel.hidden = true; } }, '×'),
      h('h1', { id: 'panel-title' }, 'Enums and views'),
      enums.length ? [h('h2', {}, 'Enums'), h('ul', { class: 'plain' }, enums.map((e) => h('li', {},
        h('strong', {}, e.id), h('div', { class: 'mono muted' }, e.values.join(', ')))))] : null,
      views.length ? [h('h2', {}, 'Views'), views.map((v) => [h('div', {}, h('strong', {}, v.id), v.materialized ? badge('materialized') : null),
        sqlBlock(v.query, null, null)])] : null,
    ]);
  }

  function setupDiagram() {
    const svg = $('svg');
    let drag = null;
    svg.addEventListener('pointerdown', (ev) => {
      const node = ev.target.closest && ev.target.closest('.node');
      drag = { x: ev.clientX, y: ev.clientY, tx: state.transform.x, ty: state.transform.y, node, moved: false };
      svg.setPointerCapture(ev.pointerId);
    });
    svg.addEventListener('pointermove', (ev) => {
      if (!drag) return;
      const dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
      if (drag.moved) {
        svg.classList.add('panning');
        state.transform.x = drag.tx + dx; state.transform.y = drag.ty + dy;
        applyTransform(true);
      }
    });
    svg.addEventListener('pointerup', () => {
      svg.classList.remove('panning');
      if (drag && !drag.moved && drag.node) go('schema', drag.node.dataset.id);
      drag = null;
    });
    svg.addEventListener('wheel', (ev) => {
      ev.preventDefault();
      const box = svg.getBoundingClientRect();
      zoom(Math.exp(-ev.deltaY * 0.0015), ev.clientX - box.left, ev.clientY - box.top);
    }, { passive: false });
    $('zoom-in').addEventListener('click', () => zoom(1.25));
    $('zoom-out').addEventListener('click', () => zoom(0.8));
    $('zoom-fit').addEventListener('click', fit);
    const search = $('search'), results = $('search-results');
    let hits = [], active = 0;
    const render = () => {
      clear(results);
      results.hidden = hits.length === 0;
      if (hits.length > 30) results.appendChild(h('li', { class: 'muted' }, `${hits.length} matches: the first 30 are listed`));
      hits.slice(0, 30).forEach((hit, i) => results.appendChild(h('li', {
        class: i === active ? 'active' : '', onmousedown: (ev) => { ev.preventDefault(); choose(i); },
      }, h('strong', {}, hit.table.id), hit.column ? h('span', { class: 'muted' }, ' · ' + hit.column) : null)));
    };
    const choose = (i) => {
      const hit = hits[i];
      if (!hit) return;
      results.hidden = true;
      search.value = '';
      search.dispatchEvent(new Event('input'));
      search.blur();
      go('schema', hit.table.id);
    };
    search.addEventListener('input', () => {
      const q = search.value.trim().toLowerCase();
      hits = []; active = 0;
      for (const el of state.nodeEls ? state.nodeEls.values() : []) el.classList.remove('match');
      $('svg').classList.toggle('dimmed', q.length > 0);
      if (!q || !state.schema) { render(); return; }
      for (const t of state.schema.tables) {
        if (t.id.toLowerCase().includes(q)) hits.push({ table: t });
        else {
          const col = t.columns.find((c) => c.name.toLowerCase().includes(q));
          if (col) hits.push({ table: t, column: col.name });
          else continue;
        }
        state.nodeEls.get(t.id).classList.add('match');
      }
      hits.sort((a, b) => (a.column ? 1 : 0) - (b.column ? 1 : 0) || a.table.id.localeCompare(b.table.id));
      render();
    });
    search.addEventListener('keydown', (ev) => {
      if (ev.key === 'ArrowDown') { active = Math.min(hits.length - 1, active + 1); render(); ev.preventDefault(); }
      else if (ev.key === 'ArrowUp') { active = Math.max(0, active - 1); render(); ev.preventDefault(); }
      else if (ev.key === 'Enter') choose(active);
      else if (ev.key === 'Escape') { search.value = ''; search.dispatchEvent(new Event('input')); search.blur(); }
    });
    search.addEventListener('blur', () => { results.hidden = true; });
    document.addEventListener('keydown', (ev) => {
      if (ev.key === '/' && document.activeElement.tagName !== 'INPUT' && state.view === 'schema') {
        ev.preventDefault(); search.focus();
      }
    });
  }

  // ---- SQL ----
  const KEYWORDS = new Set(('add all alter and as asc begin by cascade check cluster column comment commit concurrently ' +
    'constraint create default deferrable delete desc distinct do domain drop else end enum exists extension foreign from ' +
    'function generated grant identity if in index initially insert into is key language lock materialized not null nulls on ' +
    'or order owner partition policy primary publication references refresh reindex rename replace restrict returns revoke ' +
    'rollback schema select sequence set table then to transaction trigger truncate type unique update using vacuum valid ' +
    'validate values view when where with without always begin each execute for function procedure row statement ' +
    'timeout local reset').split(' '));

  function tokens(sql) {
    const out = [];
    let i = 0;
    const push = (type, text) => { out.push({ type, text }); };
    while (i < sql.length) {
      const c = sql[i], rest = sql.slice(i, i + 2);
      let m;
      if (rest === '--') { const j = sql.indexOf('\n', i); const end = j < 0 ? sql.length : j; push('com', sql.slice(i, end)); i = end; }
      else if (rest === '/*') {
        let depth = 0, j = i;
        while (j < sql.length) {
          if (sql.startsWith('/*', j)) { depth++; j += 2; } else if (sql.startsWith('*/', j)) { depth--; j += 2; if (!depth) break; } else j++;
        }
        push('com', sql.slice(i, j)); i = j;
      } else if (c === "'" || ((c === 'E' || c === 'e') && sql[i + 1] === "'")) {
        let j = i + (c === "'" ? 1 : 2);
        const escapes = c !== "'";
        while (j < sql.length) {
          if (escapes && sql[j] === '\\') { j += 2; continue; }
          if (sql[j] === "'") { if (sql[j + 1] === "'") { j += 2; continue; } j++; break; }
          j++;
        }
        push('str', sql.slice(i, j)); i = j;
      } else if (c === '$' && (m = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i)))) {
        const tag = m[0];
        const j = sql.indexOf(tag, i + tag.length);
        const end = j < 0 ? sql.length : j + tag.length;
        push('str', sql.slice(i, end)); i = end;
      } else if (c === '"') {
        let j = i + 1;
        while (j < sql.length) { if (sql[j] === '"') { if (sql[j + 1] === '"') { j += 2; continue; } j++; break; } j++; }
        push('id', sql.slice(i, j)); i = j;
      } else if ((m = /^[A-Za-z_][A-Za-z0-9_$]*/.exec(sql.slice(i, i + 200)))) {
        push(KEYWORDS.has(m[0].toLowerCase()) ? 'kw' : 'word', m[0]); i += m[0].length;
      } else if ((m = /^\d+(\.\d+)?/.exec(sql.slice(i, i + 50)))) {
        push('num', m[0]); i += m[0].length;
      } else { push('text', c); i++; }
    }
    return out;
  }

  function sqlBlock(sql, marks, ids = 'L') {
    const pre = h('pre', { class: 'sql' });
    let line = h('span', { class: 'line' }), n = 1;
    const lines = [line];
    line.appendChild(h('span', { class: 'ln' }, '1'));
    const newLine = () => {
      n++; line = h('span', { class: 'line' }); line.appendChild(h('span', { class: 'ln' }, String(n))); lines.push(line);
    };
    for (const t of tokens(sql)) {
      const parts = t.text.split('\n');
      parts.forEach((part, i) => {
        if (i > 0) newLine();
        if (!part) return;
        line.appendChild(t.type === 'word' || t.type === 'text' ? document.createTextNode(part) : h('span', { class: 'tok-' + t.type }, part));
      });
    }
    lines.forEach((el, i) => {
      if (ids) el.id = ids + (i + 1);
      const mark = marks && marks.get(i + 1);
      if (mark) el.classList.add('flag', ...(mark === 'error' ? ['err'] : []));
      pre.appendChild(el);
    });
    return pre;
  }

  // ---- history ----
  async function showHistory(stem, line) {
    if (!state.history) {
      const timeline = clear($('timeline'));
      timeline.appendChild(h('p', { class: 'muted drift' }, 'Reading the migrations…'));
      try {
        state.history = await api('history');
      } catch (e) {
        clear(timeline).appendChild(errorBox(e.message));
        window.shaleStudio.ready.history = true;
        return;
      }
      renderTimeline();
    }
    const list = state.history.migrations;
    const chosen = list.find((m) => m.stem === stem) || list[list.length - 1];
    if (chosen) renderMigration(chosen, line ? Number(line) : null);
    else clear($('migration')).appendChild(h('p', { class: 'muted' }, 'There is no migration yet: run shale generate.'));
    window.shaleStudio.ready.history = true;
  }

  function findingCounts(m) {
    const all = m.statements.flatMap((s) => s.findings).concat(m.fileFindings);
    return { errors: all.filter((f) => f.severity === 'error').length, warnings: all.filter((f) => f.severity !== 'error').length };
  }

  function renderTimeline() {
    const timeline = clear($('timeline'));
    const hist = state.history;
    if (hist.database) {
      timeline.appendChild(h('div', { class: 'note drift' }, 'States in ', h('strong', {}, hist.database)));
    }
    if (hist.databaseProblem) timeline.appendChild(h('div', { class: 'error drift' }, hist.databaseProblem));
    if (hist.folderProblem) timeline.appendChild(h('div', { class: 'error drift', id: 'folder-problem' }, hist.folderProblem));
    if (hist.drift) {
      timeline.appendChild(h('div', { class: 'error drift', id: 'drift' },
        h('strong', {}, 'Drift: '), `the database differs from ${hist.drift.snapshot}, the schema its newest applied migration should have built. To match it, the database would need:`,
        h('ul', { class: 'plain' }, hist.drift.changes.map((c) => h('li', {}, c)))));
    }
    for (const m of hist.migrations.slice().reverse()) {
      const counts = findingCounts(m);
      const st = m.state ? m.state.state : null;
      const item = h('div', {
        class: 'timeline-item' + (st ? ' state-' + st : '') + (st && !['applied', 'pending'].includes(st) ? ' attention' : ''),
        onclick: () => go('history', m.stem),
      },
      h('div', { class: 'when' }, m.stamp ? when(m.stamp) : m.stem),
      h('div', { class: 'name' }, m.title),
      h('div', { class: 'badges' },
        st ? badge(st, st) : null,
        m.transactional ? null : badge('no transaction'),
        counts.errors ? badge(counts.errors + ' error' + (counts.errors > 1 ? 's' : ''), 'error') : null,
        counts.warnings ? badge(counts.warnings + ' warning' + (counts.warnings > 1 ? 's' : ''), 'warning') : null,
        m.changes.some((c) => c.risk) ? badge('locks', 'lock') : null));
      item.dataset.stem = m.stem;
      timeline.appendChild(item);
    }
  }

  function renderMigration(m, focusLine) {
    for (const el of document.querySelectorAll('.timeline-item')) el.classList.toggle('active', el.dataset.stem === m.stem);
    const pane = clear($('migration'));
    const st = m.state;
    const marks = new Map();
    for (const s of m.statements) {
      for (const f of s.findings) {
        for (let l = s.line; l <= s.endLine; l++) if (marks.get(l) !== 'error') marks.set(l, f.severity);
      }
    }
    append(pane, [
      h('h1', { id: 'migration-title' }, m.title),
      h('div', { class: 'source' }, m.file || m.stem, m.stamp ? ' · ' + when(m.stamp) : ''),
      st ? h('p', {}, badge(st.state, st.state), ' ',
        st.appliedAt ? `applied ${when(st.appliedAt)} by ${st.appliedBy} in ${st.executionMs} ms` : st.state === 'pending' ? 'not applied yet' : '',
        st.success === false ? ' — it failed partway: shale migrate --retry-failed' : '') : null,
      m.file ? null : h('div', { class: 'error' }, 'The database applied this migration, but its file is gone.'),
      m.notes.map((n) => h('p', { class: 'note' }, n)),
      m.changes.length ? [h('h2', {}, 'Changes' + (m.changesFrom === 'snapshots' ? ' (from the snapshots)' : '')),
        h('ul', { class: 'plain changes' }, m.changes.map((c) => h('li', {}, c.text, c.risk ? badge(c.risk, 'lock') : null)))] : null,
      m.fileFindings.length ? [h('h2', {}, 'Findings'), m.fileFindings.map(findingBox)] : null,
      m.statements.length ? [h('h2', {}, 'Review'), h('table', { class: 'grid review' },
        h('tr', {}, h('th', {}, 'line'), h('th', {}, 'statement'), h('th', {}, 'locks'), h('th', {}, 'check')),
        m.statements.map((s) => h('tr', {},
          h('td', {}, h('a', { onclick: () => focusSql(s.line) }, String(s.line))),
          h('td', {}, s.kind, s.note ? h('div', { class: 'muted' }, s.note) : null),
          h('td', { class: 'locks' }, s.locks.length ? s.locks.join('\n') : '—'),
          h('td', {}, s.findings.length ? s.findings.map((f) => h('div', {}, badge(f.rule, f.severity === 'error' ? 'error' : 'warning'), ' ', f.message)) : badge('ok', 'ok')))))] : null,
      m.sql !== null && m.sql !== undefined ? [h('h2', {}, 'SQL'), sqlBlock(m.sql, marks)] : null,
    ]);
    if (focusLine) focusSql(focusLine);
  }

  function focusSql(line) {
    for (const el of document.querySelectorAll('pre.sql .focus')) el.classList.remove('focus');
    const el = document.getElementById('L' + line);
    if (el) { el.classList.add('focus'); el.scrollIntoView({ block: 'center' }); }
  }

  function findingBox(f) {
    return h('div', { class: 'finding ' + f.severity },
      h('div', {}, badge(f.rule, f.severity === 'error' ? 'error' : 'warning'), ' ', f.message),
      f.line ? h('div', { class: 'where' }, `line ${f.line}, column ${f.column}`) : null,
      f.fix ? h('pre', {}, f.fix) : null);
  }

  // ---- check ----
  async function showCheck() {
    const pane = $('findings');
    if (!state.check) {
      clear(pane).appendChild(h('p', { class: 'muted' }, 'Checking the migrations…'));
      try {
        state.check = await api('check');
      } catch (e) {
        clear(pane).appendChild(errorBox(e.message));
        window.shaleStudio.ready.check = true;
        return;
      }
    }
    const c = state.check;
    clear(pane);
    const errors = c.findings.filter((f) => f.severity === 'error').length;
    append(pane, [
      h('h1', {}, 'Check'),
      h('p', { class: 'muted' }, `${c.findings.length} finding${c.findings.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}) in ${c.files} migration${c.files === 1 ? '' : 's'}, ${c.statements} statements, for PostgreSQL ${c.pgVersion}.`),
      c.schemaProblem ? h('div', { class: 'error' }, 'The Java schema was not compared with the newest snapshot: ' + c.schemaProblem) : null,
      c.findings.length ? null : h('div', { class: 'note' }, 'No findings: every migration is safe to run on a live database.'),
      c.findings.map((f) => h('div', { class: 'finding ' + f.severity },
        h('div', {}, badge(f.rule, f.severity === 'error' ? 'error' : 'warning'), ' ', f.message),
        h('div', { class: 'where' }, f.stem
          ? h('a', { onclick: () => go('history', f.stem, f.line) }, `${f.file}:${f.line}:${f.column}`)
          : `${f.file}:${f.line}:${f.column}`),
        h('div', { class: 'muted' }, f.why),
        f.statement ? h('pre', {}, f.statement) : null,
        f.fix ? [h('div', { class: 'muted' }, 'Safer:'), h('pre', {}, f.fix)] : null)),
    ]);
    window.shaleStudio.ready.check = true;
  }

  // ---- data ----
  async function showData(schema, table) {
    const tableId = schema && table ? schema + '.' + table : null;
    const pane = $('rows');
    if (!state.project.database) {
      clear($('table-list'));
      clear(pane).appendChild(h('div', { class: 'note' }, 'No database: start shale studio with --url (a postgres:// URL, or embedded) to browse rows.'));
      window.shaleStudio.ready.data = true;
      return;
    }
    if (!state.tables) {
      try {
        state.tables = await api('tables');
      } catch (e) {
        clear(pane).appendChild(errorBox(e.message));
        window.shaleStudio.ready.data = true;
        return;
      }
      renderTableList();
    }
    if (!tableId) {
      clear(pane).appendChild(h('p', { class: 'muted' }, 'Pick a table.'));
      window.shaleStudio.ready.data = true;
      return;
    }
    if (!state.query || state.query.schema !== schema || state.query.table !== table) {
      state.query = { schema, table, offset: 0, limit: 50, sort: null, dir: 'asc', filters: [] };
    }
    for (const li of document.querySelectorAll('#table-list li')) li.classList.toggle('active', li.dataset.id === tableId);
    const info = state.tables.find((t) => t.schema === schema && t.name === table);
    if (info && (info.kind === 'view' || info.kind === 'foreign table') && !state.query.runView) {
      const view = info.kind === 'view';
      clear(pane);
      append(pane, [
        h('h1', { id: 'rows-title' }, tableId),
        h('div', { class: 'note' }, view
          ? 'Reading a view runs its query, and every function it calls. The studio reads in a read-only transaction, which stops plain writes, but a function can still act outside it (COPY TO PROGRAM, dblink, advisory locks).'
          : 'Reading a foreign table runs its foreign data wrapper: a query on another server, or a program (file_fdw). The read-only transaction does not reach that far.'),
        h('button', { id: 'run-view', class: 'primary', onclick: () => { state.query.runView = true; loadRows(); } }, view ? 'Read the view' : 'Read the foreign table'),
      ]);
      window.shaleStudio.ready.data = true;
      return;
    }
    await loadRows();
  }

  function renderTableList() {
    const list = clear($('table-list'));
    const q = $('table-filter').value.trim().toLowerCase();
    for (const t of state.tables) {
      const id = t.schema + '.' + t.name;
      if (q && !id.toLowerCase().includes(q)) continue;
      const li = h('li', {
        onclick: () => go('data', t.schema, t.name),
        class: t.readable ? '' : 'unreadable',
        title: t.readable ? null : 'You may not read this one (no SELECT privilege).',
      },
      h('span', {}, h('span', { class: 'schema' }, t.schema + '.'), t.name),
      h('span', { class: 'muted' }, t.kind === 'table' ? '' : t.kind));
      li.dataset.id = id;
      list.appendChild(li);
    }
  }

  let rowsAsked = 0;
  async function loadRows() {
    const q = state.query;
    const asked = ++rowsAsked;
    const params = new URLSearchParams({ schema: q.schema, table: q.table, offset: q.offset, limit: q.limit });
    if (q.sort) { params.set('sort', q.sort); params.set('dir', q.dir); }
    if (q.runView) params.set('run', 'true');
    for (const f of q.filters) params.append('filter', JSON.stringify(f));
    const pane = $('rows');
    try {
      const page = await api('rows?' + params.toString());
      if (asked !== rowsAsked) return; // a later request answers for the page
      state.rows = page;
      state.goodQuery = JSON.parse(JSON.stringify(q));
    } catch (e) {
      if (asked !== rowsAsked) return;
      // back to the last query that worked, so that the page shows what it shows and can go on
      const good = state.goodQuery;
      if (good && good.schema === q.schema && good.table === q.table && state.rows) {
        state.query = JSON.parse(JSON.stringify(good));
        renderRows();
      } else {
        state.rows = null;
        append(clear(pane), [h('h1', { id: 'rows-title' }, q.schema + '.' + q.table)]);
      }
      pane.insertBefore(h('div', { class: 'error', id: 'rows-error' }, e.message), pane.children[1] || null);
      window.shaleStudio.ready.data = true;
      return;
    }
    renderRows();
    window.shaleStudio.ready.data = true;
  }

  function renderRows() {
    const page = state.rows, q = state.query;
    const pane = clear($('rows'));
    const keyColumns = page.columns.filter((c) => c.primaryKey).map((c) => c.name);
    const columnSelect = h('select', { id: 'filter-column' }, page.columns.map((c) => h('option', { value: c.name }, c.name)));
    const opSelect = h('select', { id: 'filter-op' },
      [['eq', '='], ['ne', '≠'], ['lt', '<'], ['le', '≤'], ['gt', '>'], ['ge', '≥'], ['contains', 'contains'], ['null', 'is null'], ['notnull', 'is not null']]
        .map(([v, t]) => h('option', { value: v }, t)));
    const valueInput = h('input', { id: 'filter-value', placeholder: 'value' });
    const addFilter = () => {
      const op = opSelect.value;
      q.filters.push({ column: columnSelect.value, op, value: op === 'null' || op === 'notnull' ? undefined : valueInput.value });
      q.offset = 0; loadRows();
    };
    valueInput.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') addFilter(); });
    const from = page.rows.length ? page.offset + 1 : 0, to = page.offset + page.rows.length;
    const total = page.total === null || page.total === undefined ? null
      : (page.totalEstimated ? '~' : '') + page.total.toLocaleString() + (page.totalAtLeast ? '+' : '');
    const cut = new Set((page.truncated || []).map(([r, c]) => r + ':' + c));
    append(pane, [
      h('h1', { id: 'rows-title' }, q.schema + '.' + q.table),
      h('div', { class: 'filters' }, columnSelect, opSelect, valueInput, h('button', { id: 'filter-add', onclick: addFilter }, 'Filter'),
        q.filters.map((f, i) => h('span', { class: 'chip', title: 'Remove', onclick: () => { q.filters.splice(i, 1); q.offset = 0; loadRows(); } },
          `${f.column} ${f.op}${f.value !== undefined ? ' ' + f.value : ''} ×`)),
        page.writable ? h('button', { onclick: () => insertRow(page) }, 'Insert row') : null),
      h('div', { class: 'rows-wrap' }, h('table', { class: 'grid rows', id: 'rows-table' },
        h('tr', {}, page.writable ? h('th', { class: 'act' }, '') : null, page.columns.map((c) => h('th', {
          onclick: () => { q.dir = q.sort === c.name && q.dir === 'asc' ? 'desc' : 'asc'; q.sort = c.name; q.offset = 0; loadRows(); },
        }, c.name, q.sort === c.name ? (q.dir === 'asc' ? ' ▲' : ' ▼') : '', h('span', { class: 't' }, c.type)))),
        page.rows.map((row) => h('tr', {},
          page.writable ? h('td', { class: 'act' }, h('button', { title: 'Delete this row', onclick: () => deleteRow(page, row, keyColumns) }, '✕')) : null,
          row.map((v, i) => {
            const long = cut.has(page.rows.indexOf(row) + ':' + i);
            const td = h('td', {
              class: v === null ? 'null' : long ? 'cut' : '',
              title: long ? 'The value is longer than 2,000 characters: the page shows its start.' : null,
            }, h('div', { class: 'cell' }, v === null ? 'NULL' : long ? v + '…' : v));
            if (page.writable && page.columns[i].editable) {
              td.addEventListener('dblclick', () => long
                ? alert('This value is longer than 2,000 characters and the page shows only its start, so it cannot be edited here: change it with SQL.')
                : editCell(td, page, row, i, keyColumns));
            }
            return td;
          }))))),
      h('div', { class: 'pager' },
        h('button', { id: 'prev', disabled: page.offset === 0, onclick: () => { q.offset = Math.max(0, q.offset - q.limit); loadRows(); } }, '← Previous'),
        h('span', { id: 'page-info' }, page.rows.length ? `rows ${from}–${to}` + (total !== null ? ` of ${total}` : '') : 'no rows' + (q.filters.length ? ' match' : '')),
        h('button', { id: 'next', disabled: !page.more, onclick: () => { q.offset += q.limit; loadRows(); } }, 'Next →'),
        h('select', { id: 'page-size', onchange: (ev) => { q.limit = Number(ev.target.value); q.offset = 0; loadRows(); } },
          [25, 50, 100, 200, 500].map((n) => h('option', { value: n, selected: n === q.limit }, n + ' per page'))),
        h('span', { class: 'muted', id: 'rows-mode' }, page.writable ? 'Double-click a cell to edit it.' : sentence(page.readOnlyBecause)),
        page.kind === 'view' || page.columns.some((c) => c.primaryKey) || page.kind === 'foreign table' ? null
          : h('span', { class: 'muted' }, 'No primary key: rows come in their physical order.')),
    ]);
  }

  function keyOf(page, row, keyColumns) {
    const r = page.rows.indexOf(row);
    for (const k of keyColumns) {
      const c = page.columns.findIndex((col) => col.name === k);
      if ((page.truncated || []).some(([tr, tc]) => tr === r && tc === c)) {
        throw new Error('This row\'s key is longer than 2,000 characters, so the page cannot name it: change it with SQL.');
      }
    }
    const key = {};
    for (const k of keyColumns) key[k] = row[page.columns.findIndex((c) => c.name === k)];
    return key;
  }

  function editCell(td, page, row, i, keyColumns) {
    if (td.querySelector('input')) return;
    const column = page.columns[i].name;
    const input = h('input', { value: row[i] === null ? '' : row[i] });
    const save = async (value) => {
      try {
        await api('rows/update', { method: 'POST', body: JSON.stringify({ schema: page.schema, table: page.table, key: keyOf(page, row, keyColumns), values: { [column]: value } }) });
        loadRows();
      } catch (e) { alert(e.message); }
    };
    const nullButton = h('button', { title: 'Set it to NULL', onmousedown: (ev) => { ev.preventDefault(); save(null); } }, 'NULL');
    append(clear(td), [input, nullButton]);
    input.focus();
    input.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape') renderRows();
      else if (ev.key === 'Enter') save(input.value);
    });
    input.addEventListener('blur', () => setTimeout(() => { if (document.activeElement !== input) renderRows(); }, 150));
  }

  async function deleteRow(page, row, keyColumns) {
    if (!confirm('Delete this row from ' + page.schema + '.' + page.table + '?')) return;
    try {
      await api('rows/delete', { method: 'POST', body: JSON.stringify({ schema: page.schema, table: page.table, key: keyOf(page, row, keyColumns) }) });
      loadRows();
    } catch (e) { alert(e.message); }
  }

  function insertRow(page) {
    const table = $('rows-table');
    if (!table || table.querySelector('tr.insert')) return;
    const inputs = page.columns.map((c) => c.editable
      ? h('input', { placeholder: c.hasDefault ? 'default' : c.notNull ? 'required' : 'NULL', title: 'Leave empty to leave it out; \\N for NULL' })
      : h('span', { class: 'muted' }, 'generated'));
    const save = async () => {
      const values = {};
      page.columns.forEach((c, i) => {
        if (!c.editable) return;
        const v = inputs[i].value;
        if (v === '\\N') values[c.name] = null;
        else if (v !== '') values[c.name] = v;
      });
      try {
        await api('rows/insert', { method: 'POST', body: JSON.stringify({ schema: page.schema, table: page.table, values }) });
        loadRows();
      } catch (e) { alert(e.message); }
    };
    const row = h('tr', { class: 'insert' },
      h('td', { class: 'act' }, h('button', { class: 'primary', id: 'insert-save', onclick: save }, 'Save'), h('button', { onclick: () => renderRows() }, 'Cancel')),
      inputs.map((input) => h('td', {}, input)));
    for (const input of inputs) {
      if (input.tagName === 'INPUT') input.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') save(); else if (ev.key === 'Escape') renderRows(); });
    }
    table.insertBefore(row, table.children[1] || null);
    const first = inputs.find((i) => i.tagName === 'INPUT');
    if (first) first.focus();
  }

  // ---- start ----
  async function start() {
    setupDiagram();
    $('table-filter').addEventListener('input', () => state.tables && renderTableList());
    try {
      await loadProject();
    } catch (e) {
      document.querySelector('main').prepend(errorBox(e.message));
      return;
    }
    route();
  }
  start();
})();
