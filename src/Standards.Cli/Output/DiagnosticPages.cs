using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Standards.Rules.Diagnostics;

namespace Standards.Cli.Output
{
    /// <summary>
    /// The diagnostic pages of <c>docs/diagnostics</c>, embedded in the tool, so that SARIF's
    /// <c>fullDescription</c> is the page's own "Cause" paragraph rather than a second copy of it.
    /// </summary>
    internal static class DiagnosticPages
    {
        private static readonly Lazy<Dictionary<string, string>> Causes = new(ReadCauses);

        /// <summary>The "Cause" section of the id's page, or its title when the page has none.</summary>
        public static string Cause(DiagnosticDescriptor descriptor) =>
            Causes.Value.TryGetValue(descriptor.Id, out var cause) ? cause : descriptor.Title;

        private static Dictionary<string, string> ReadCauses()
        {
            var causes = new Dictionary<string, string>(StringComparer.Ordinal);
            var assembly = typeof(DiagnosticPages).Assembly;
            foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("diagnostics/", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                var cause = Section(reader.ReadToEnd(), "## Cause");
                if (cause.Length > 0) causes[Path.GetFileNameWithoutExtension(name)] = cause;
            }

            return causes;
        }

        private static string Section(string page, string heading)
        {
            var lines = new List<string>();
            bool inside = false;
            foreach (var line in page.Replace("\r\n", "\n").Split('\n'))
            {
                if (line.StartsWith("## ", StringComparison.Ordinal))
                {
                    if (inside) break;
                    inside = line.Trim() == heading;
                    continue;
                }

                if (inside) lines.Add(line);
            }

            return string.Join("\n", lines).Trim();
        }
    }
}
