using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Standards.Cli.Commands;
using Standards.Cli.Hosting;
using Xunit;

namespace Standards.Cli.Tests
{
    /// <summary>Every broken rulebook of tests/corpus gives exactly its expected diagnostics through <c>standards check</c>.</summary>
    public class BrokenRulebookCorpusTests
    {
        public static IEnumerable<object[]> Cases() =>
            Directory.GetDirectories(Path.Combine(StandardsProcess.RepoRoot, "tests", "corpus", "broken"))
                .OrderBy(d => d, System.StringComparer.Ordinal)
                .Select(d => new object[] { Path.GetFileName(d) });

        [Fact]
        public void The_corpus_has_at_least_thirty_broken_rulebooks()
        {
            Assert.True(Cases().Count() >= 30);
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Check_reports_the_expected_diagnostics(string name)
        {
            var folder = Path.Combine(StandardsProcess.RepoRoot, "tests", "corpus", "broken", name);
            var expected = File.ReadAllLines(Path.Combine(folder, "expected.txt")).Where(l => l.Length > 0).OrderBy(l => l, System.StringComparer.Ordinal).ToList();
            using var output = new StringWriter();
            var code = new CheckCommand(new RulebookProvider()).Run(new[] { folder }, "json", Standards.Rules.Diagnostics.DiagnosticDescriptor.DefaultHelpBase, false, output, TextWriter.Null);
            using var json = JsonDocument.Parse(output.ToString());
            var actual = json.RootElement.EnumerateArray()
                .Select(d => $"{d.GetProperty("id").GetString()} {d.GetProperty("file").GetString()!.Substring(folder.Length + 1)}:{d.GetProperty("line").GetInt32()}:{d.GetProperty("column").GetInt32()}")
                .OrderBy(l => l, System.StringComparer.Ordinal).ToList();
            Assert.Equal(expected, actual);
            bool anyError = expected.Any(l => Standards.Rules.Diagnostics.DiagnosticCatalog.Find(l.Split(' ')[0])!.Severity == Standards.Rules.Diagnostics.DiagnosticSeverity.Error);
            Assert.Equal(anyError ? 1 : 0, code);
        }
    }
}
