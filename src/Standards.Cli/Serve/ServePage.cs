namespace Standards.Cli.Serve
{
    /// <summary>The single page served by <c>standards serve</c>: paste or pick evidence, rate it, read the report.</summary>
    internal static class ServePage
    {
        public const string Html = @"<!DOCTYPE html>
<html lang=""en""><head><meta charset=""utf-8""><title>Standards: provisional ratings</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;color:#1b1b1b}header{background:#1d3557;color:#fff;padding:.8rem 1.2rem}
main{display:grid;grid-template-columns:minmax(20rem,32rem) 1fr;gap:1rem;padding:1rem}
textarea{width:100%;height:60vh;font-family:ui-monospace,monospace;font-size:.85rem}
#status{font-size:.85rem;opacity:.9}#problems{color:#b00020;white-space:pre-wrap;font-family:ui-monospace,monospace;font-size:.8rem}
iframe{width:100%;height:80vh;border:1px solid #ccc}button{font-size:1rem;padding:.4rem 1rem}
</style></head>
<body>
<header><strong>Standards</strong> &mdash; provisional ratings preview <div id=""status"">loading rulebook&hellip;</div></header>
<main>
<section>
<label for=""example"">Example PDU</label>
<select id=""example""><option value="""">(paste your own evidence)</option></select>
<textarea id=""evidence"" spellcheck=""false"" placeholder=""PDU evidence in YAML or JSON""></textarea>
<p><button id=""rate"">Rate</button></p>
<div id=""problems"" role=""alert""></div>
</section>
<section><iframe id=""report"" title=""Rating report""></iframe></section>
</main>
<script>
const $ = id => document.getElementById(id);
async function status() {
  const s = await (await fetch('/api/status')).json();
  $('status').textContent = `rulebook ${s.id} ${s.version} (sha256 ${s.content_hash.slice(0, 12)})` +
    (s.problems.length ? ` - the latest edit has ${s.problems.length} problem(s); still serving the last good rulebook` : '');
  $('status').dataset.problems = s.problems.length;
}
async function examples() {
  const names = await (await fetch('/api/examples')).json();
  for (const n of names) { const o = document.createElement('option'); o.value = n; o.textContent = n; $('example').appendChild(o); }
}
$('example').addEventListener('change', async e => {
  if (!e.target.value) return;
  $('evidence').value = await (await fetch('/api/examples/' + encodeURIComponent(e.target.value))).text();
});
$('rate').addEventListener('click', async () => {
  $('problems').textContent = '';
  const r = await fetch('/api/rate', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: $('evidence').value });
  if (r.ok) { $('report').srcdoc = await r.text(); }
  else { const body = await r.json(); $('problems').textContent = body.diagnostics.map(d => `line ${d.line}, column ${d.column}: ${d.id} ${d.message}`).join('\n'); }
  status();
});
status(); examples(); setInterval(status, 2000);
</script>
</body></html>";
    }
}
