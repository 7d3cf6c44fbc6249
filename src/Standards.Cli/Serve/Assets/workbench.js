// The inspector's workbench: load evidence (example, file, drop), edit figures in the generated form,
// and see the ratings update in place. All rating happens on the server; this script only moves figures.
'use strict';
const $ = id => document.getElementById(id);
const form = $('evidence-form');
const inputs = () => Array.from(form.querySelectorAll('[name]'));
let original = null;   // the evidence as loaded, for Reset and the list of changes
let loaded = {};       // the loaded evidence tree; fields the form does not show (lists, notes) are kept from it
let sourceName = 'evidence';
let pending = null;
let sequence = 0;

function get(tree, path) {
  return path.split('.').reduce((node, key) => (node && typeof node === 'object') ? node[key] : undefined, tree);
}
function set(tree, path, value) {
  const keys = path.split('.');
  let node = tree;
  for (const key of keys.slice(0, -1)) {
    if (!node[key] || typeof node[key] !== 'object') node[key] = {};
    node = node[key];
  }
  if (value === undefined) delete node[keys[keys.length - 1]]; else node[keys[keys.length - 1]] = value;
}
function prune(node) {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return node;
  for (const key of Object.keys(node)) {
    const child = prune(node[key]);
    if (child && typeof child === 'object' && !Array.isArray(child) && Object.keys(child).length === 0) delete node[key];
  }
  return node;
}

// A file's text value to the form's: "35%" -> 35, "1:11.6" -> 11.6, "9 days" -> 9, true -> yes.
function toForm(input, value) {
  if (value === undefined || value === null) return '';
  const text = String(value).trim();
  if (input.dataset.kind === 'boolean') return text === 'true' || text === 'yes' ? 'yes' : text === 'false' || text === 'no' ? 'no' : '';
  if (input.dataset.kind !== 'number') return text;
  return text.replace(/%$/, '').replace(/^1:/, '').replace(/\s*days?$/, '').trim();
}
// The form's value to evidence: 35 -> "35%", 11.6 -> "1:11.6", yes -> true; empty -> absent.
function fromForm(input) {
  const text = input.value.trim();
  if (text === '') return undefined;
  switch (input.dataset.kind) {
    case 'boolean': return text === 'yes';
    case 'number':
      switch (input.dataset.unit) {
        case 'percent': return text + '%';
        case 'ratio': return '1:' + text;
        case 'days': return text + ' days';
        default: return isNaN(Number(text)) ? text : Number(text);
      }
    default: return text;
  }
}

function currentTree() {
  const tree = JSON.parse(JSON.stringify(loaded || {}));
  for (const input of inputs()) set(tree, input.name, fromForm(input));
  return prune(tree);
}

function fill(tree) {
  loaded = JSON.parse(JSON.stringify(tree || {}));
  for (const input of inputs()) input.value = toForm(input, get(loaded, input.name));
  for (const p of form.querySelectorAll('[data-collection]')) {
    const list = get(loaded, p.dataset.collection);
    p.querySelector('.count').textContent = Array.isArray(list) ? `${list.length} item${list.length === 1 ? '' : 's'}` : 'none';
  }
}

function labelOf(input) { return form.querySelector(`label[for="${input.id}"]`).textContent; }

function showChanges() {
  const list = $('changed-list');
  list.textContent = '';
  let count = 0;
  for (const input of inputs()) {
    const before = toForm(input, get(original || {}, input.name));
    const changed = original !== null && before !== input.value.trim();
    input.closest('.field').classList.toggle('changed', changed);
    if (!changed) continue;
    count++;
    const unit = input.closest('.field').querySelector('.unit:not([aria-hidden])');
    const u = unit && unit.textContent ? ' ' + unit.textContent : '';
    const li = document.createElement('li');
    li.textContent = `${labelOf(input)}: ${before === '' ? 'blank' : before + u} → ${input.value.trim() === '' ? 'blank' : input.value.trim() + u}`;
    list.appendChild(li);
  }
  $('changes').hidden = count === 0;
  $('reset').disabled = count === 0;
}

function clearMessages() {
  for (const m of form.querySelectorAll('.message')) m.textContent = '';
  for (const f of form.querySelectorAll('.field.invalid')) f.classList.remove('invalid');
  for (const i of form.querySelectorAll('[aria-invalid]')) i.removeAttribute('aria-invalid');
  $('load-problems').textContent = '';
}

// Shows each diagnostic beside its field; those without a field (or for a field not in the form) go above the form.
function showDiagnostics(diagnostics) {
  const loose = [];
  for (const d of diagnostics) {
    const input = d.field ? form.querySelector(`[name="${CSS.escape(d.field)}"]`) : null;
    const text = `${d.id}: ${d.message}`;
    if (input) {
      const message = $('m-' + input.id);
      message.textContent = message.textContent ? message.textContent + ' ' + text : text;
      input.closest('.field').classList.add('invalid');
      input.setAttribute('aria-invalid', 'true');
      input.closest('details').open = true;
    } else {
      loose.push(`${d.field ? d.field + ': ' : `line ${d.line}, column ${d.column}: `}${text}`);
    }
  }
  $('load-problems').textContent = loose.join('\n');
}

async function rate() {
  const mine = ++sequence;
  const body = JSON.stringify(currentTree(), null, 1);
  const started = performance.now();
  const response = await fetch('/api/rate?format=fragment', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
  const text = await response.text();
  const elapsed = performance.now() - started;
  if (mine !== sequence) return;
  clearMessages();
  if (response.ok) {
    $('report').innerHTML = text;
    $('timing').textContent = `(rated in ${Math.round(elapsed)} ms)`;
    $('report').dataset.roundTripMs = elapsed.toFixed(1);
  } else if (response.status === 400) {
    showDiagnostics(JSON.parse(text).diagnostics);
    $('timing').textContent = '(not rated: see the messages beside the figures)';
  } else {
    $('load-problems').textContent = `the server answered ${response.status}`;
  }
  showChanges();
  $('download').disabled = false;
}

function scheduleRate() {
  clearTimeout(pending);
  pending = setTimeout(rate, 120);
}

async function loadTree(tree, name, diagnostics) {
  sourceName = name;
  fill(tree);
  original = JSON.parse(JSON.stringify(currentTree()));
  await rate();
  if (diagnostics && diagnostics.length) showDiagnostics(diagnostics);
}

async function loadExample(name) {
  const response = await fetch('/api/examples/' + encodeURIComponent(name));
  if (!response.ok) { $('load-problems').textContent = `there is no example called ${name}`; return; }
  const body = await response.json();
  $('example').value = body.name;
  history.replaceState(null, '', '?evidence=' + encodeURIComponent(body.name + '.yaml'));
  await loadTree(body.evidence, body.name, body.diagnostics);
}

async function loadText(text, name) {
  const response = await fetch('/api/evidence', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: text });
  const body = await response.json();
  if (!response.ok || body.evidence === null) { clearMessages(); showDiagnostics(body.diagnostics || []); return; }
  $('example').value = '';
  history.replaceState(null, '', location.pathname);
  await loadTree(body.evidence, name, body.diagnostics);
}

async function loadFile(file) {
  if (file) await loadText(await file.text(), file.name.replace(/\.(ya?ml|json)$/i, ''));
}

async function download() {
  const response = await fetch('/api/yaml', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(currentTree()) });
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = sourceName + '.yaml';
  document.body.appendChild(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

async function status() {
  try {
    const s = await (await fetch('/api/status')).json();
    $('status').textContent = `Rulebook ${s.id} version ${s.version}, sha256 ${String(s.content_hash).slice(0, 12)}`;
    const banner = $('banner');
    const problems = s.problems || [];
    banner.hidden = problems.length === 0;
    banner.textContent = '';
    if (problems.length) {
      const p = document.createElement('p');
      p.textContent = `The latest edit of the rules has ${problems.length} problem${problems.length === 1 ? '' : 's'}, so the last good rulebook is still serving:`;
      const ul = document.createElement('ul');
      for (const problem of problems) { const li = document.createElement('li'); li.textContent = typeof problem === 'string' ? problem : JSON.stringify(problem); ul.appendChild(li); }
      banner.append(p, ul);
    }
  } catch (e) {
    $('status').textContent = 'The server is not answering.';
  }
}

async function examples() {
  const names = await (await fetch('/api/examples')).json();
  for (const n of names) { const o = document.createElement('option'); o.value = n; o.textContent = n; $('example').appendChild(o); }
}

form.addEventListener('input', scheduleRate);
form.addEventListener('change', scheduleRate);
form.addEventListener('submit', e => { e.preventDefault(); rate(); });
$('example').addEventListener('change', e => { if (e.target.value) loadExample(e.target.value); });
$('file').addEventListener('change', e => loadFile(e.target.files[0]));
$('download').addEventListener('click', download);
$('reset').addEventListener('click', async () => { fill(original); await rate(); });
const zone = $('dropzone');
zone.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); $('file').click(); } });
zone.addEventListener('click', () => $('file').click());
for (const type of ['dragenter', 'dragover']) zone.addEventListener(type, e => { e.preventDefault(); zone.classList.add('over'); });
zone.addEventListener('dragleave', () => zone.classList.remove('over'));
zone.addEventListener('drop', e => { e.preventDefault(); zone.classList.remove('over'); loadFile(e.dataTransfer.files[0]); });

(async () => {
  status();
  setInterval(status, 2000);
  await examples();
  const wanted = new URLSearchParams(location.search).get('evidence');
  if (wanted) await loadExample(wanted.replace(/\.(ya?ml|json)$/i, ''));
})();
