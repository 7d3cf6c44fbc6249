using System.IO;
using Standards.Cli.Report;

namespace Standards.Cli.Serve
{
    /// <summary>The page's files, embedded in the tool so the page works offline: the HTML shell, its script and stylesheet.</summary>
    internal static class WorkbenchAssets
    {
        private static string? _page;

        /// <summary>The page, with the evidence form generated from the fact contract.</summary>
        public static string Page => _page ??= Read("workbench.html")
            .Replace("{{report-css}}", ReportStyle.Css)
            .Replace("{{form}}", EvidenceForm.Render(FieldCatalog.Instance));

        /// <summary>An embedded asset by file name, or null when there is none.</summary>
        public static string? Find(string name) =>
            name == "workbench.js" || name == "workbench.css" ? Read(name) : null;

        private static string Read(string name)
        {
            using var stream = typeof(WorkbenchAssets).Assembly.GetManifestResourceStream("Standards.Cli.Serve.Assets." + name)
                ?? throw new FileNotFoundException("embedded asset missing: " + name);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }
}
