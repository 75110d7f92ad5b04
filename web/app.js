/*
 * annals web page: the query form, the SVG timeline and the entry list.
 *
 * Two modes share this one renderer:
 *   - server mode (index.html served by `annals serve`): reads the view from the URL,
 *     talks to the same-origin JSON API under /api/ and keeps the URL in step;
 *   - export mode (export.html filled in by `annals timeline --format html`): the page
 *     holds a JSON script element with id "annals-data", rendered without any fetch.
 *     (This file is inlined there, so it must never contain a closing script tag
 *     or an HTML comment opener.)
 *
 * Every string that comes from the data (article text, titles, outlets, URLs, ids) is
 * untrusted: the DOM is built with createElement/textContent/setAttribute only, and
 * only http(s) URLs ever become links. No innerHTML anywhere, no eval, no inline
 * handlers, so a Content-Security-Policy of default-src 'self' holds.
 */
(function () {
  'use strict';

  // ---------------------------------------------------------------- DOM helpers

  const SVG_NS = 'http://www.w3.org/2000/svg';

  /* Creates an element. `props`: class, text, hidden, or any other attribute (set with
   * setAttribute, so values are never parsed as markup; href is refused, see link()).
   * Children may be nodes, strings (become text nodes), or null/false (skipped). */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    applyProps(node, props);
    append(node, children);
    return node;
  }

  function svg(tag, props, ...children) {
    const node = document.createElementNS(SVG_NS, tag);
    applyProps(node, props);
    append(node, children);
    return node;
  }

  function applyProps(node, props) {
    if (!props) return;
    for (const [key, value] of Object.entries(props)) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'class') node.setAttribute('class', value);
      else if (key === 'text') node.textContent = String(value);
      else if (key === 'hidden') node.hidden = true;
      else if (key === 'href') throw new Error('use link() for hrefs'); // keeps URL checks in one place
      else node.setAttribute(key, String(value));
    }
  }

  function append(node, children) {
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(typeof child === 'string' || typeof child === 'number'
        ? document.createTextNode(String(child)) : child);
    }
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  const $ = (id) => document.getElementById(id);

  // ------------------------------------------------------------- data helpers

  /* Returns a normalized absolute http(s) URL, or null. Anything else (javascript:,
   * data:, vbscript:, relative paths, garbage) must never reach an href. */
  function safeUrl(value) {
    if (typeof value !== 'string' || value.trim() === '') return null;
    let url;
    try { url = new URL(value.trim()); } catch (e) { return null; }
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  }

  /* A link when the URL is safe, else the label as plain text (the URL is dropped). */
  function link(url, label, props) {
    const href = safeUrl(url);
    if (!href) return el('span', props, label);
    const a = el('a', Object.assign({ target: '_blank', rel: 'noopener noreferrer nofollow' }, props), label);
    a.href = href;
    return a;
  }

  const str = (v) => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));
  const num = (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null);
  const plural = (n, word) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const DAY_MS = 86400000;
  const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

  /* "day" | "month" | "year": the given one, else guessed from the date's length. */
  function granularityOf(entry) {
    const g = entry.granularity;
    if (g === 'day' || g === 'month' || g === 'year') return g;
    const d = str(entry.date);
    return d.length === 4 ? 'year' : d.length === 7 ? 'month' : 'day';
  }

  /* The date as the reader should see it: 2025-03-04, 2025-03 or 2025. */
  function dateLabel(entry) {
    const d = str(entry.date);
    const g = granularityOf(entry);
    return g === 'year' ? d.slice(0, 4) : g === 'month' ? d.slice(0, 7) : d.slice(0, 10);
  }

  /* [start, end) in UTC milliseconds of what the entry covers, or null if the date is
   * unreadable (such an entry is still listed, just not drawn). */
  function entrySpan(entry) {
    const m = DATE_RE.exec(str(entry.date));
    if (!m) return null;
    const y = Number(m[1]);
    const g = granularityOf(entry);
    if (g === 'year') return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
    const mo = Number(m[2] || 1) - 1;
    if (mo < 0 || mo > 11) return null;
    if (g === 'month') return [Date.UTC(y, mo, 1), Date.UTC(y, mo + 1, 1)];
    const d = Number(m[3] || 1);
    if (d < 1 || d > 31) return null;
    const start = Date.UTC(y, mo, d);
    return [start, start + DAY_MS];
  }

  function parseDay(value) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(str(value));
    return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  }

  /* "2025-03-04T08:00:00" -> "2025-03-04 08:00"; anything odd is shown as it is. */
  function publishedLabel(value) {
    const s = str(value);
    const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(s);
    if (!m) return s;
    return m[2] && m[2] !== '00:00' ? `${m[1]} ${m[2]}` : m[1];
  }

  function longDate(entry) {
    const span = entrySpan(entry);
    if (!span) return dateLabel(entry);
    const d = new Date(span[0]);
    const g = granularityOf(entry);
    if (g === 'year') return String(d.getUTCFullYear());
    if (g === 'month') return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  }

  const sources = (entry) => (Array.isArray(entry.sources) ? entry.sources.filter((s) => s && typeof s === 'object') : []);
  const sentences = (entry) => (Array.isArray(entry.sentences) ? entry.sentences.filter((s) => s && typeof s === 'object') : []);

  /* Coverage of an entry: its `articles`, else the sum over its sources, else null. */
  function coverageOf(entry) {
    const direct = num(entry.articles);
    if (direct !== null) return direct;
    const list = sources(entry).map((s) => num(s.articles)).filter((n) => n !== null);
    return list.length ? list.reduce((a, b) => a + b, 0) : null;
  }

  /* "3 outlets, 23 articles" from `sources` (falling back to the quoted outlets). */
  function coverageText(entry) {
    let outlets = sources(entry).length;
    if (!outlets) outlets = new Set(sentences(entry).map((s) => str(s.outlet)).filter(Boolean)).size;
    const parts = [];
    if (outlets) parts.push(plural(outlets, 'outlet'));
    const articles = coverageOf(entry);
    if (articles !== null) parts.push(plural(articles, 'article'));
    return parts.join(', ');
  }

  /* Language tags go into lang=""; keep only well-formed ones. */
  const langTag = (v) => (/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(str(v)) ? str(v) : null);

  // ---------------------------------------------------------------------- API

  /* GETs a same-origin JSON endpoint. Paths are relative ("api/…") so the page also
   * works when a proxy serves it under a prefix; at "/" they are "/api/…". Throws an Error whose message is the server's
   * {"error": reason} when there is one, so the user sees why. */
  async function api(path, params, signal) {
    const query = params ? new URLSearchParams(params).toString() : '';
    let response;
    try {
      response = await fetch(query ? `${path}?${query}` : path, {
        signal, headers: { Accept: 'application/json' }, credentials: 'same-origin',
      });
    } catch (e) {
      if (e.name === 'AbortError') throw e;
      throw new Error('the server could not be reached');
    }
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (!response.ok) {
      const reason = body && typeof body.error === 'string' && body.error
        ? body.error : `the server answered ${response.status} ${response.statusText}`.trim();
      throw new Error(reason);
    }
    if (body === null || typeof body !== 'object') throw new Error(`${path} did not return JSON`);
    return body;
  }

  // ----------------------------------------------------------- state and URL

  const STATE_KEYS = ['query', 'from', 'to', 'dates', 'sentences', 'method', 'language'];
  const DEFAULTS = { query: '', from: '', to: '', dates: '10', sentences: '2', method: '', language: '' };

  /* The view named by a URL search string; `run` says whether it names one at all. */
  function readUrlState(search) {
    const params = new URLSearchParams(search);
    const state = Object.assign({}, DEFAULTS);
    let run = false;
    for (const key of STATE_KEYS) {
      if (params.has(key)) { state[key] = params.get(key); run = true; }
    }
    return { state, run };
  }

  /* The URL search string of a view; empty optional fields are left out. */
  function urlOf(state) {
    const params = new URLSearchParams();
    for (const key of STATE_KEYS) {
      if (key === 'query' || state[key] !== '') params.set(key, state[key]);
    }
    return `?${params.toString()}`;
  }

  /* API parameters of a view: the URL's, minus empty values. */
  function apiParams(state, keys) {
    const out = {};
    for (const key of keys) if (state[key] !== '' && state[key] !== undefined) out[key] = state[key];
    return out;
  }

  // -------------------------------------------------------------------- app

  const app = {
    exportMode: false,
    state: Object.assign({}, DEFAULTS),
    doc: null,          // last timeline document
    days: [],           // coverage chart data: [{date, articles}]
    entries: [],        // last timeline entries (objects)
    active: -1,         // index of the highlighted entry
    controller: null,   // AbortController of the running query
    chartWidth: 0,      // the chart box width the chart was last laid out for
  };

  function showError(message) {
    const box = $('error');
    box.textContent = message;
    box.hidden = !message;
  }

  function setStatus(message) {
    $('status').textContent = message;
  }

  // ---------------------------------------------------------------- the form

  const form = () => $('query-form');

  function fillForm(state) {
    for (const key of STATE_KEYS) {
      const input = $(`f-${key}`);
      if (!input) continue;
      if (input.tagName === 'SELECT' && state[key] !== '' &&
          !Array.from(input.options).some((o) => o.value === state[key])) {
        // Keep an unknown value (from a shared URL) selectable; the server will say why it fails.
        input.appendChild(el('option', { value: state[key] }, `${state[key]} (unknown)`));
      }
      input.value = state[key] === '' && key in { dates: 1, sentences: 1 } ? DEFAULTS[key] : state[key];
      if (input.tagName === 'SELECT' && input.selectedIndex < 0 && input.options.length) input.selectedIndex = 0;
    }
    describeMethod();
  }

  function readForm() {
    const state = {};
    for (const key of STATE_KEYS) {
      const input = $(`f-${key}`);
      state[key] = input ? input.value.trim() : '';
    }
    // Normalize "dam ,  flood," to "dam,flood" so equal views have equal URLs.
    state.query = state.query.split(',').map((w) => w.trim()).filter(Boolean).join(',');
    return state;
  }

  /* Returns [input, message] for the first invalid field, or null. */
  function validate(state) {
    for (const key of ['dates', 'sentences']) {
      const input = $(`f-${key}`);
      const n = Number(state[key]);
      if (!Number.isInteger(n) || n < Number(input.min) || n > Number(input.max)) {
        return [input, `${input.labels[0].textContent} must be a whole number from ${input.min} to ${input.max}.`];
      }
    }
    if (state.from && state.to && state.from > state.to) return [$('f-to'), '"To" must not be before "From".'];
    return null;
  }

  function describeMethod() {
    const select = $('f-method');
    const help = $('f-method-help');
    if (!select || !help) return;
    const option = select.selectedOptions[0];
    help.textContent = option && option.dataset.description
      ? `${option.value}: ${option.dataset.description}` : '';
  }

  function fillMethods(list) {
    const select = $('f-method');
    clear(select);
    for (const m of list) {
      if (!m || typeof m.name !== 'string') continue;
      const option = el('option', { value: m.name }, m.supervised ? `${m.name} (supervised)` : m.name);
      option.dataset.description = str(m.description);
      select.appendChild(option);
    }
    if (!select.options.length) select.appendChild(el('option', { value: '' }, 'default'));
  }

  function fillInfo(info) {
    const language = $('f-language');
    for (const code of Array.isArray(info.languages) ? info.languages : []) {
      if (typeof code === 'string' && code) language.appendChild(el('option', { value: code }, code));
    }
    for (const id of ['f-from', 'f-to']) {
      if (/^\d{4}-\d{2}-\d{2}$/.test(str(info.first_date))) $(id).min = info.first_date;
      if (/^\d{4}-\d{2}-\d{2}$/.test(str(info.last_date))) $(id).max = info.last_date;
    }
    const parts = [];
    if (num(info.articles) !== null) parts.push(plural(info.articles, 'article'));
    if (info.first_date && info.last_date) parts.push(`from ${str(info.first_date)} to ${str(info.last_date)}`);
    if (Array.isArray(info.outlets)) parts.push(plural(info.outlets.length, 'outlet'));
    if (Array.isArray(info.languages) && info.languages.length) parts.push(`languages: ${info.languages.map(str).join(', ')}`);
    setParts($('corpus-info'), parts.length ? ['Corpus:', ...parts] : []);
  }

  /* Writes phrases into `node`, each unbreakable (dates hold hyphens a browser would
   * break at), separated by " · ". */
  function setParts(node, parts) {
    clear(node);
    parts.forEach((part, i) => {
      if (i > 1) node.appendChild(document.createTextNode(' · '));
      else if (i === 1) node.appendChild(document.createTextNode(' '));
      node.appendChild(el('span', { class: 'nowrap' }, part));
    });
  }

  function onSubmit(event) {
    event.preventDefault();
    const state = readForm();
    const invalid = validate(state);
    if (invalid) {
      showError(invalid[1]);
      invalid[0].focus();
      return;
    }
    const url = urlOf(state);
    // A new view is a new history step; re-running the same view is not.
    if (url !== location.search) history.pushState(state, '', url);
    else history.replaceState(state, '', url);
    runQuery(state);
  }

  function onPopState() {
    const { state, run } = readUrlState(location.search);
    fillForm(state);
    showError('');
    if (run) runQuery(readForm());
    else {
      clearResults();
      setStatus('Type keywords (or none, for every article) and press Go.');
    }
  }

  // ---------------------------------------------------------------- queries

  async function runQuery(state) {
    if (app.controller) app.controller.abort(); // only the latest query may render
    const controller = new AbortController();
    app.controller = controller;
    app.state = Object.assign({}, state);
    showError('');
    setStatus('Building the timeline…');
    document.body.setAttribute('aria-busy', 'true');
    const range = apiParams(state, ['query', 'from', 'to']);
    // The coverage chart is a nice-to-have: its failure must not lose the timeline.
    const datesPromise = api('api/dates', range, controller.signal).catch((e) => {
      if (e.name === 'AbortError') throw e;
      return { days: [] };
    });
    try {
      const [doc, dates] = await Promise.all([
        api('api/timeline', apiParams(state, STATE_KEYS), controller.signal), datesPromise]);
      if (controller !== app.controller) return;
      render(doc, Array.isArray(dates.days) ? dates.days : []);
      setStatus('');
    } catch (e) {
      if (e.name === 'AbortError' || controller !== app.controller) return;
      clearResults();
      setStatus('');
      showError(`Could not build the timeline: ${e.message}`);
    } finally {
      if (controller === app.controller) document.body.removeAttribute('aria-busy');
    }
  }

  function clearResults() {
    $('overview').hidden = true;
    $('entries-section').hidden = true;
    clear($('entries'));
    clear($('chart'));
    app.entries = [];
    app.active = -1;
  }

  // -------------------------------------------------------------- rendering

  function render(doc, days) {
    app.doc = doc;
    app.entries = (Array.isArray(doc.timeline) ? doc.timeline : []).filter((e) => e && typeof e === 'object');
    app.days = days.filter((d) => d && !Number.isNaN(parseDay(d.date)));
    app.active = -1;
    renderSummary(doc);
    renderEntries();
    $('overview').hidden = false; // before the chart, which measures its width
    renderChart();
    $('legend').hidden = app.entries.length === 0;
    $('legend-bars').hidden = app.days.length === 0;
    $('legend-days').hidden = !app.entries.some((e) => entrySpan(e) && granularityOf(e) === 'day');
    $('legend-spans').hidden = !app.entries.some((e) => entrySpan(e) && granularityOf(e) !== 'day');
    $('entries-section').hidden = app.entries.length === 0;
  }

  /* The document's query words; an array in schema 2, tolerated as "a,b" too. */
  function queryWords(doc) {
    const q = Array.isArray(doc.query) ? doc.query : typeof doc.query === 'string' ? doc.query.split(',') : [];
    return q.map((w) => str(w).trim()).filter(Boolean);
  }

  function renderSummary(doc) {
    const n = app.entries.length;
    const words = queryWords(doc);
    const spans = app.entries.map(entrySpan).filter(Boolean);
    const parts = [n ? plural(n, 'date') : 'No dates found'];
    if (words.length) parts.push(`for “${words.join(', ')}”`);
    if (spans.length) {
      const first = app.entries.find((e) => entrySpan(e));
      const last = [...app.entries].reverse().find((e) => entrySpan(e));
      parts.push(`from ${dateLabel(first)} to ${dateLabel(last)}`);
    }
    if (doc.method) parts.push(`by ${str(doc.method)}`);
    $('summary').textContent = parts.join(' ') + (n ? '' : '. Try other keywords or a wider date range.');
  }

  // ---------------------------------------------------------------- the chart

  const CHART = { left: 24, right: 24, top: 8, axis: 26, laneGap: 4, rMin: 4, rMax: 13, spanH: 10 };

  /* Puts marks in lanes so that no two overlap: greedy, left to right. */
  function assignLanes(items, maxLanes) {
    const lanesEnd = [];
    for (const item of items.slice().sort((a, b) => a.x0 - b.x0)) {
      let lane = lanesEnd.findIndex((end) => end + 2 <= item.x0);
      if (lane < 0) {
        if (lanesEnd.length < maxLanes) lane = lanesEnd.length;
        else lane = lanesEnd.indexOf(Math.min(...lanesEnd)); // crowded: overlap the least
      }
      lanesEnd[lane] = Math.max(lanesEnd[lane] === undefined ? -Infinity : lanesEnd[lane], item.x1);
      item.lane = lane;
    }
    return lanesEnd.length;
  }

  /* Axis ticks: the finest step whose labels still fit. */
  function axisTicks(d0, d1, width) {
    const maxTicks = Math.max(2, Math.floor(width / 72));
    const steps = [[1, 'day'], [2, 'day'], [7, 'day'], [14, 'day'], [1, 'month'], [2, 'month'], [3, 'month'],
      [6, 'month'], [1, 'year'], [2, 'year'], [5, 'year'], [10, 'year'], [25, 'year'], [50, 'year'], [100, 'year']];
    const unitDays = { day: 1, month: 30.44, year: 365.25 };
    const spanDays = (d1 - d0) / DAY_MS;
    const [n, unit] = steps.find(([k, u]) => spanDays / (k * unitDays[u]) <= maxTicks) || steps[steps.length - 1];
    const ticks = [];
    const start = new Date(d0);
    if (unit === 'day') {
      let t = Math.ceil(d0 / DAY_MS) * DAY_MS;
      // Weekly ticks fall on Mondays (1970-01-01, day 0, was a Thursday).
      if (n >= 7) while ((((t / DAY_MS - 4) % n) + n) % n !== 0) t += DAY_MS;
      else while ((t / DAY_MS) % n !== 0) t += DAY_MS;
      for (; t <= d1; t += n * DAY_MS) {
        const d = new Date(t);
        ticks.push([t, `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`]);
      }
    } else if (unit === 'month') {
      let y = start.getUTCFullYear();
      let m = start.getUTCMonth();
      if (Date.UTC(y, m, 1) < d0) m += 1;
      while (m % n !== 0) m += 1;
      for (let t = Date.UTC(y, m, 1); t <= d1; m += n, t = Date.UTC(y, m, 1)) {
        const d = new Date(t);
        const label = d.getUTCMonth() === 0 || ticks.length === 0
          ? `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` : MONTHS[d.getUTCMonth()];
        ticks.push([t, label]);
      }
    } else {
      let y = start.getUTCFullYear();
      if (Date.UTC(y, 0, 1) < d0) y += 1;
      while (y % n !== 0) y += 1;
      for (let t = Date.UTC(y, 0, 1); t <= d1; y += n, t = Date.UTC(y, 0, 1)) ticks.push([t, String(y)]);
    }
    return ticks;
  }

  /* The time range the chart shows: every entry and coverage day, plus the asked range. */
  function chartDomain(spans) {
    const points = [];
    for (const s of spans) points.push(s[0], s[1]);
    for (const d of app.days) points.push(parseDay(d.date), parseDay(d.date) + DAY_MS);
    for (const key of ['from', 'to']) {
      const t = parseDay(app.state[key]);
      if (!Number.isNaN(t)) points.push(key === 'to' ? t + DAY_MS : t);
    }
    if (!points.length) return null;
    let d0 = Math.min(...points);
    let d1 = Math.max(...points);
    const pad = Math.max(DAY_MS, (d1 - d0) * 0.02);
    return [d0 - pad, d1 + pad];
  }

  function renderChart() {
    const box = $('chart');
    clear(box);
    const items = app.entries.map((entry, index) => ({ entry, index, span: entrySpan(entry) })).filter((i) => i.span);
    const domain = chartDomain(items.map((i) => i.span));
    if (!domain) return;
    app.chartWidth = box.clientWidth;
    const width = Math.max(280, Math.round(box.clientWidth || 800));
    const innerW = width - CHART.left - CHART.right;
    const [d0, d1] = domain;
    const x = (t) => CHART.left + ((t - d0) / (d1 - d0)) * innerW;

    // Mark sizes: area grows with coverage, relative to the best covered entry.
    const maxCoverage = Math.max(1, ...items.map((i) => coverageOf(i.entry) || 0));
    const rMax = width < 520 ? CHART.rMax - 3 : CHART.rMax; // phones: smaller marks, fewer collisions
    const points = items.filter((i) => granularityOf(i.entry) === 'day');
    const spans = items.filter((i) => granularityOf(i.entry) !== 'day');
    for (const p of points) {
      const c = coverageOf(p.entry) || 0;
      p.r = CHART.rMin + (rMax - CHART.rMin) * Math.sqrt(c / maxCoverage);
      p.cx = x((p.span[0] + p.span[1]) / 2);
      p.x0 = p.cx - p.r;
      p.x1 = p.cx + p.r;
    }
    for (const s of spans) {
      s.x0 = x(s.span[0]);
      s.x1 = Math.max(s.x0 + 4, x(s.span[1]));
    }
    const laneH = 2 * rMax + CHART.laneGap;
    const lanes = assignLanes(points, 4);
    const spanRows = assignLanes(spans, 3);
    const marksH = lanes * laneH + spanRows * (CHART.spanH + 4);
    const plotH = Math.max(96, marksH + 24);
    const height = CHART.top + plotH + CHART.axis;
    const axisY = CHART.top + plotH;

    const chart = svg('svg', {
      width, height, viewBox: `0 0 ${width} ${height}`, class: 'timeline-svg', role: 'group',
      'aria-label': `Timeline of ${plural(items.length, 'date')}; each mark opens its entry`,
    });
    chart.appendChild(drawCoverage(x, axisY, plotH, d1 - d0, innerW));
    chart.appendChild(drawAxis(x, axisY, d0, d1, innerW));

    // Marks go into the DOM in date order, so Tab walks them left to right.
    const marks = svg('g', { class: 'marks' });
    const groups = [];
    const spanTop = axisY - spanRows * (CHART.spanH + 4);
    for (const s of spans) {
      const y = spanTop + s.lane * (CHART.spanH + 4);
      const c = coverageOf(s.entry) || 0;
      const g = markGroup(s, 'mark mark-span');
      g.appendChild(svg('rect', { class: 'hit', x: s.x0 - 2, y: y - 4, width: s.x1 - s.x0 + 4, height: CHART.spanH + 8 }));
      g.appendChild(svg('rect', {
        class: 'shape', x: s.x0, y, width: s.x1 - s.x0, height: CHART.spanH, rx: 3,
        'fill-opacity': (0.35 + 0.6 * Math.sqrt(c / maxCoverage)).toFixed(2),
      }));
      groups.push([s.index, g]);
    }
    for (const p of points) {
      const cy = CHART.top + rMax + 2 + p.lane * laneH;
      const g = markGroup(p, 'mark mark-day');
      g.appendChild(svg('line', { class: 'stem', x1: p.cx, x2: p.cx, y1: cy + p.r, y2: axisY }));
      g.appendChild(svg('circle', { class: 'hit', cx: p.cx, cy, r: Math.max(p.r + 4, 12) }));
      g.appendChild(svg('circle', { class: 'shape', cx: p.cx, cy, r: p.r.toFixed(1) }));
      groups.push([p.index, g]);
    }
    groups.sort((a, b) => a[0] - b[0]).forEach(([, g]) => marks.appendChild(g));
    chart.appendChild(marks);
    box.appendChild(chart);
    markActive();
  }

  /* Bars of articles published per day, behind the marks. */
  function drawCoverage(x, axisY, plotH, spanMs, innerW) {
    const g = svg('g', { class: 'coverage', 'aria-hidden': 'true' });
    const max = Math.max(1, ...app.days.map((d) => num(d.articles) || 0));
    const barW = Math.max(1, (DAY_MS / spanMs) * innerW - 1);
    for (const d of app.days) {
      const n = num(d.articles) || 0;
      if (!n) continue;
      const h = Math.max(1, (n / max) * (plotH - 6));
      const bar = svg('rect', { x: x(parseDay(d.date)), y: axisY - h, width: barW, height: h });
      bar.appendChild(svg('title', { text: `${str(d.date).slice(0, 10)}: ${plural(n, 'article')}` }));
      g.appendChild(bar);
    }
    return g;
  }

  function drawAxis(x, axisY, d0, d1, innerW) {
    const g = svg('g', { class: 'axis', 'aria-hidden': 'true' });
    g.appendChild(svg('line', { x1: CHART.left, x2: CHART.left + innerW, y1: axisY, y2: axisY }));
    for (const [t, label] of axisTicks(d0, d1, innerW)) {
      g.appendChild(svg('line', { x1: x(t), x2: x(t), y1: axisY, y2: axisY + 5 }));
      g.appendChild(svg('text', { x: x(t), y: axisY + 18, 'text-anchor': 'middle', text: label }));
    }
    return g;
  }

  /* A focusable mark: a button in the accessibility tree, keyboard and pointer driven. */
  function markGroup(item, cls) {
    const entry = item.entry;
    const headline = str(entry.headline);
    const label = [longDate(entry), headline, coverageText(entry)].filter(Boolean).join(' — ');
    const g = svg('g', { class: cls, tabindex: 0, role: 'button', 'aria-label': label, 'data-index': item.index });
    g.appendChild(svg('title', { text: label }));
    g.addEventListener('click', () => activateEntry(item.index, true));
    g.addEventListener('keydown', onMarkKey);
    g.addEventListener('mouseenter', () => showHint(label));
    g.addEventListener('focus', () => showHint(label));
    g.addEventListener('mouseleave', () => showHint(''));
    g.addEventListener('blur', () => showHint(''));
    return g;
  }

  function showHint(text) {
    const hint = $('chart-hint');
    if (hint) hint.textContent = text;
  }

  /* Enter/Space activate; arrow keys walk the marks in date order. */
  function onMarkKey(event) {
    const g = event.currentTarget;
    if (event.key === 'Enter' || event.key === ' ' || event.key === 'Spacebar') {
      event.preventDefault();
      activateEntry(Number(g.getAttribute('data-index')), true);
    } else if (['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) {
      event.preventDefault();
      const marks = Array.from(document.querySelectorAll('#chart .mark'))
        .sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index')));
      const at = marks.indexOf(g);
      const next = event.key === 'Home' ? 0 : event.key === 'End' ? marks.length - 1
        : Math.min(marks.length - 1, Math.max(0, at + (event.key === 'ArrowRight' ? 1 : -1)));
      if (marks[next]) marks[next].focus();
    }
  }

  function markActive() {
    for (const g of document.querySelectorAll('#chart .mark')) {
      const on = Number(g.getAttribute('data-index')) === app.active;
      g.classList.toggle('selected', on);
      g.setAttribute('aria-pressed', on ? 'true' : 'false');
    }
  }

  // ---------------------------------------------------------------- the entries

  function renderEntries() {
    const list = $('entries');
    clear(list);
    app.entries.forEach((entry, index) => list.appendChild(renderEntry(entry, index)));
  }

  function renderEntry(entry, index) {
    const id = `entry-${index}`;
    const date = dateLabel(entry);
    const time = el('time', { class: 'entry-date' }, date);
    if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) time.setAttribute('datetime', date);
    const headline = str(entry.headline);
    const title = el('h3', { id: `${id}-title`, class: 'entry-title' }, time,
      headline ? el('span', { class: 'headline' }, headline) : null);

    const toggle = el('button', { type: 'button', class: 'day-toggle', 'aria-expanded': 'false', 'aria-controls': `${id}-day` },
      fetchesDay(entry) ? 'Articles of the day' : 'Articles quoted');
    toggle.addEventListener('click', () => {
      if (toggle.getAttribute('aria-expanded') === 'true') closeDayArticles(index);
      else activateEntry(index, false);
    });
    const coverage = coverageText(entry);
    const meta = el('p', { class: 'entry-meta' },
      coverage ? el('span', { class: 'coverage-text' }, coverage) : null, renderSources(entry), toggle);

    const list = el('ul', { class: 'sentences' }, sentences(entry).map((s) => renderSentence(s)));
    const day = el('section', { id: `${id}-day`, class: 'day-articles', hidden: true, 'aria-label': `Articles of ${date}` });
    const item = el('li', { id, class: `entry entry-${granularityOf(entry)}`, tabindex: -1 },
      el('article', { 'aria-labelledby': `${id}-title` }, el('header', null, title, meta), list, day));
    return item;
  }

  /* "Herald (7) · Ledger (5) · …": who covered the date, as the server orders them, kept short. */
  function renderSources(entry) {
    const list = sources(entry).filter((s) => str(s.outlet));
    if (!list.length) return null;
    const shown = list.slice(0, 6).map((s) => (num(s.articles) !== null ? `${str(s.outlet)} (${s.articles})` : str(s.outlet)));
    const more = list.length > 6 ? ` · ${list.length - 6} more` : '';
    return el('span', { class: 'sources' }, shown.join(' · ') + more);
  }

  function renderSentence(s) {
    const li = el('li', { class: 'sentence', lang: langTag(s.language) });
    li.appendChild(el('blockquote', { class: 'sentence-text' }, str(s.text)));

    const cite = el('p', { class: 'sentence-source' });
    const outlet = str(s.outlet) || 'Unknown outlet';
    cite.appendChild(el('span', { class: 'outlet' }, outlet));
    const title = str(s.title);
    if (title || safeUrl(s.url)) {
      cite.appendChild(document.createTextNode(' · '));
      cite.appendChild(link(s.url, title || 'article', { class: 'article-link' }));
    }
    if (s.published) cite.appendChild(el('span', { class: 'published' }, ` · ${publishedLabel(s.published)}`));
    if (!app.exportMode && str(s.article)) {
      const button = el('button', { type: 'button', class: 'context-toggle', 'aria-expanded': 'false' }, 'in context');
      button.addEventListener('click', () => toggleReader(button, li, s.article, num(s.position)));
      cite.appendChild(document.createTextNode(' '));
      cite.appendChild(button);
    }
    li.appendChild(cite);

    const also = alsoReported(s);
    if (also) li.appendChild(also);
    return li;
  }

  /* "also reported by: Ledger, Post", each a link when its URL is safe. */
  function alsoReported(s) {
    const seen = new Set();
    const others = (Array.isArray(s.also_reported_by) ? s.also_reported_by : [])
      .filter((o) => o && str(o.outlet) && !seen.has(str(o.outlet)) && seen.add(str(o.outlet)));
    if (!others.length) return null;
    const p = el('p', { class: 'also' }, 'also reported by: ');
    others.forEach((o, i) => {
      if (i) p.appendChild(document.createTextNode(', '));
      p.appendChild(link(o.url, str(o.outlet)));
    });
    return p;
  }

  // ------------------------------------------------ activation and day articles

  /* Highlights entry `index`, shows its articles, and (from the chart) scrolls to it. */
  function activateEntry(index, fromChart) {
    const item = $(`entry-${index}`);
    if (!item) return;
    if (app.active >= 0 && app.active !== index) closeDayArticles(app.active);
    app.active = index;
    for (const other of document.querySelectorAll('#entries .entry.active')) other.classList.remove('active');
    item.classList.add('active');
    markActive();
    openDayArticles(index);
    if (fromChart) {
      const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      item.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'start' });
      item.focus({ preventScroll: true }); // keyboard users continue from the entry
      // Restart the flash animation even when the same entry is chosen twice.
      item.classList.remove('flash');
      void item.offsetWidth;
      item.classList.add('flash');
    }
  }

  function closeDayArticles(index) {
    const box = $(`entry-${index}-day`);
    if (box) box.hidden = true;
    const toggle = document.querySelector(`#entry-${index} .day-toggle`);
    if (toggle) toggle.setAttribute('aria-expanded', 'false');
    if (app.active === index) {
      app.active = -1;
      const item = $(`entry-${index}`);
      if (item) item.classList.remove('active');
      markActive();
    }
  }

  async function openDayArticles(index) {
    const entry = app.entries[index];
    const box = $(`entry-${index}-day`);
    const toggle = document.querySelector(`#entry-${index} .day-toggle`);
    if (!entry || !box) return;
    box.hidden = false;
    if (toggle) toggle.setAttribute('aria-expanded', 'true');
    if (box.dataset.loaded || box.dataset.loading) return;
    clear(box);
    if (!fetchesDay(entry)) {
      box.appendChild(el('h4', null, `Articles quoted for ${longDate(entry)}`));
      box.appendChild(articleList(quotedArticles(entry)));
      box.dataset.loaded = '1';
      return;
    }
    box.appendChild(el('h4', null, `Articles of ${longDate(entry)}`));
    const status = box.appendChild(el('p', { class: 'muted' }, 'Loading…'));
    box.dataset.loading = '1'; // a second click while loading must not list twice
    try {
      const body = await api('api/articles', apiParams({ date: dateLabel(entry), query: app.state.query }, ['date', 'query']));
      status.remove();
      const list = (Array.isArray(body.articles) ? body.articles : []).filter((a) => a && typeof a === 'object');
      box.appendChild(list.length ? articleList(list) : el('p', { class: 'muted' }, 'No articles published that day.'));
      box.dataset.loaded = '1';
    } catch (e) {
      status.textContent = `Could not list the articles: ${e.message}`;
      status.className = 'error-inline';
    } finally {
      delete box.dataset.loading;
    }
  }

  /* /api/articles takes one day; months, years, odd dates and exports list the quoted
   * articles instead. */
  function fetchesDay(entry) {
    return !app.exportMode && granularityOf(entry) === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(dateLabel(entry));
  }

  /* The distinct articles an entry quotes or names as also reporting. */
  function quotedArticles(entry) {
    const seen = new Set();
    const out = [];
    const add = (a) => {
      const key = str(a.article) || str(a.url) || str(a.outlet);
      if (!key || seen.has(key)) return;
      seen.add(key);
      out.push({ id: a.article, title: a.title, outlet: a.outlet, url: a.url, published: a.published });
    };
    for (const s of sentences(entry)) {
      add(s);
      for (const o of Array.isArray(s.also_reported_by) ? s.also_reported_by : []) if (o) add(o);
    }
    return out;
  }

  function articleList(articles) {
    const ul = el('ul', { class: 'article-list' });
    for (const a of articles) {
      const li = el('li', null);
      li.appendChild(link(a.url, str(a.title) || str(a.id) || 'untitled article', { class: 'article-link' }));
      const meta = [str(a.outlet), publishedLabel(a.published)].filter(Boolean).join(' · ');
      if (meta) li.appendChild(el('span', { class: 'muted' }, ` — ${meta}`));
      if (!app.exportMode && str(a.id)) {
        const button = el('button', { type: 'button', class: 'context-toggle', 'aria-expanded': 'false' }, 'read');
        button.addEventListener('click', () => toggleReader(button, li, a.id, null));
        li.appendChild(document.createTextNode(' '));
        li.appendChild(button);
      }
      ul.appendChild(li);
    }
    return ul;
  }

  /* Shows or hides an article's text (from /api/articles/{id}) under `host`,
   * with the sentence at `position` marked. */
  async function toggleReader(button, host, id, position) {
    const open = host.querySelector(':scope > .reader');
    if (open) {
      open.remove();
      button.setAttribute('aria-expanded', 'false');
      return;
    }
    const reader = el('div', { class: 'reader' }, el('p', { class: 'muted' }, 'Loading the article…'));
    host.appendChild(reader);
    button.setAttribute('aria-expanded', 'true');
    try {
      const a = await api(`api/articles/${encodeURIComponent(str(id))}`);
      clear(reader);
      const meta = [str(a.outlet), publishedLabel(a.published)].filter(Boolean).join(' · ');
      reader.appendChild(el('h5', null, link(a.url, str(a.title) || str(a.id) || 'article')));
      if (meta) reader.appendChild(el('p', { class: 'muted' }, meta));
      const body = el('div', { class: 'reader-text', lang: langTag(a.language) });
      let marked = null;
      for (const s of Array.isArray(a.sentences) ? a.sentences : []) {
        if (!s || typeof s !== 'object') continue;
        const here = position !== null && s.position === position;
        const span = el(here ? 'mark' : 'span', null, str(s.text));
        if (here) marked = span;
        body.appendChild(span);
        body.appendChild(document.createTextNode(' '));
      }
      reader.appendChild(body);
      if (marked) marked.scrollIntoView({ block: 'nearest' });
    } catch (e) {
      clear(reader);
      reader.appendChild(el('p', { class: 'error-inline' }, `Could not load the article: ${e.message}`));
    }
  }

  // -------------------------------------------------------------------- boot

  /* Re-lays the chart out when its width changes (rotation, window resize). */
  function watchWidth() {
    const box = $('chart');
    let pending = false;
    const relayout = () => {
      pending = false;
      if (box.clientWidth && box.clientWidth !== app.chartWidth && app.entries.length) {
        const focused = document.activeElement && document.activeElement.closest && document.activeElement.closest('#chart .mark');
        const focusIndex = focused ? focused.getAttribute('data-index') : null;
        renderChart();
        if (focusIndex !== null) {
          const again = document.querySelector(`#chart .mark[data-index="${focusIndex}"]`);
          if (again) again.focus();
        }
      }
    };
    // A short timer rather than requestAnimationFrame: it also coalesces a drag-resize.
    const schedule = () => { if (!pending) { pending = true; setTimeout(relayout, 80); } };
    if (typeof ResizeObserver === 'function') new ResizeObserver(schedule).observe(box);
    window.addEventListener('resize', schedule);
  }

  function bootExport(node) {
    app.exportMode = true;
    document.documentElement.classList.add('export');
    if (form()) form().hidden = true;
    let doc;
    try {
      doc = JSON.parse(node.textContent);
    } catch (e) {
      showError('This file holds no readable timeline.');
      return;
    }
    if (!doc || typeof doc !== 'object') { showError('This file holds no readable timeline.'); return; }
    // An export may carry its coverage chart as "days" (same rows as /api/dates).
    const days = Array.isArray(doc.days) ? doc.days : doc.dates && Array.isArray(doc.dates.days) ? doc.dates.days : [];
    const words = queryWords(doc);
    if (words.length) document.title = `annals: ${words.join(', ')}`;
    if (doc.from || doc.to) app.state = Object.assign({}, DEFAULTS, { from: str(doc.from), to: str(doc.to) });
    render(doc, days);
  }

  async function bootServer() {
    form().addEventListener('submit', onSubmit);
    $('f-method').addEventListener('change', describeMethod);
    window.addEventListener('popstate', onPopState);
    // Methods and corpus facts fill the form; without them the form still works.
    const [methods, info] = await Promise.allSettled([api('api/methods'), api('api/info')]);
    fillMethods(methods.status === 'fulfilled' && Array.isArray(methods.value.methods) ? methods.value.methods : []);
    if (info.status === 'fulfilled') fillInfo(info.value);
    if (methods.status === 'rejected') showError(`Could not list the methods: ${methods.reason.message}`);
    const { state, run } = readUrlState(location.search);
    fillForm(state);
    if (run) {
      history.replaceState(state, '', location.search);
      runQuery(readForm());
    } else {
      setStatus('Type keywords (or none, for every article) and press Go.');
      $('f-query').focus();
    }
  }

  function boot() {
    watchWidth();
    const data = $('annals-data');
    if (data) bootExport(data);
    else if (form()) bootServer();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
  else boot();
})();
