namespace Standards.Cli.Report
{
    /// <summary>The report's stylesheet, inlined so a saved report is one file that works offline and prints well.</summary>
    internal static class ReportStyle
    {
        public const string Css = @"
.report{color:#1b1b1b;line-height:1.45}
.report h2{margin:1.6rem 0 .4rem;font-size:1.3rem}.report h3{margin:1rem 0 .3rem;font-size:1.05rem}
.provenance{font-size:.9rem;color:#333;background:#f4f6f8;padding:.4rem .6rem;border-radius:4px}
.cards{list-style:none;padding:0;margin:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(13.5rem,1fr));gap:.6rem}
.card{border:1px solid #c8c8c8;border-left:8px solid #888;border-radius:6px;padding:.5rem .7rem;display:flex;flex-direction:column;gap:.2rem;background:#fff}
.card-link{color:#1b1b1b;font-weight:600;text-decoration:underline}.card-id{font-weight:700}
.card-rating{font-size:1.1rem;font-weight:700}.card-points,.card-note{font-size:.85rem;color:#333}
.card.overall{background:#f4f6f8}.borderline{color:#6b3fa0;font-weight:600}
.grade{font-weight:700}.statement{font-style:italic;color:#333}
.ladders{padding-left:1rem}.ladders>li{margin:.5rem 0}.ladders p{margin:.15rem 0}
.blockers,.caps,.changes,.checklist{margin:.2rem 0 .4rem}.checklist{list-style:none;padding-left:.6rem}
.mark{display:inline-block;width:1.1em;font-weight:700;color:#a4262c}.mark.unknown{color:#6b3fa0}
.now{color:#333;font-size:.9rem}.interval{color:#333}
details.rules{margin:.3rem 0}details.rules summary{cursor:pointer;color:#1d4f91;text-decoration:underline}
details.rules table{border-collapse:collapse;font-size:.85rem;margin-top:.3rem}
details.rules th,details.rules td{border:1px solid #ccc;padding:.25rem .4rem;text-align:left;vertical-align:top}
code{background:#f2f2f2;padding:0 .2rem;border-radius:2px;font-size:.85em}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(23rem,1fr));gap:.4rem .8rem}
figure.chart{margin:.2rem 0}figure.chart svg{width:100%;height:auto}figure.chart figcaption{font-size:.85rem}
.legend{font-size:.8rem;color:#333}svg{max-width:100%;height:auto}
@media print{.report{font-size:10.5pt}.standard{break-before:page}.card{break-inside:avoid}figure.chart{break-inside:avoid}a{color:#1b1b1b}}
";
    }
}
