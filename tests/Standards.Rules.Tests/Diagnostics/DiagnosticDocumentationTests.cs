using System;
using System.IO;
using System.Linq;
using Standards.Rules.Diagnostics;
using Xunit;

namespace Standards.Rules.Tests.Diagnostics
{
    /// <summary>
    /// Each STD0xxx, STD1xxx and STD4xxx id has a page in docs/diagnostics with the four sections, and every
    /// catalog id (STD2xxx included) has a row in the index, docs/diagnostics/README.md.
    /// </summary>
    public class DiagnosticDocumentationTests
    {
        private static readonly string[] DocumentedPrefixes = { "STD0", "STD1", "STD4" };

        private static readonly string[] Sections = { "## Cause", "## Rule description", "## How to fix", "## How to suppress" };

        public static TheoryData<string> DocumentedIds()
        {
            var data = new TheoryData<string>();
            foreach (var d in DiagnosticCatalog.All.Where(d => DocumentedPrefixes.Any(p => d.Id.StartsWith(p, StringComparison.Ordinal))))
            {
                data.Add(d.Id);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(DocumentedIds))]
        public void Page_ExistsWithEverySectionAndAYamlExample(string id)
        {
            var descriptor = DiagnosticCatalog.Find(id)!;
            var page = Path.Combine(ReferenceRulebookTests.RepositoryRoot(), descriptor.HelpPath);

            Assert.True(File.Exists(page), $"{descriptor.HelpPath} is missing");
            var text = File.ReadAllText(page);
            Assert.StartsWith($"# {id}: {descriptor.Title}", text);
            foreach (var section in Sections) Assert.Contains(section, text);
            Assert.Contains("```yaml", text);
        }

        public static TheoryData<string> AllIds()
        {
            var data = new TheoryData<string>();
            foreach (var d in DiagnosticCatalog.All) data.Add(d.Id);
            return data;
        }

        [Theory]
        [MemberData(nameof(AllIds))]
        public void Index_ListsAndLinksThePage(string id)
        {
            var descriptor = DiagnosticCatalog.Find(id)!;
            var index = File.ReadAllText(Path.Combine(ReferenceRulebookTests.RepositoryRoot(), "docs", "diagnostics", "README.md"));

            var row = index.Split('\n').SingleOrDefault(l => l.StartsWith($"| [{id}]({id}.md) |", StringComparison.Ordinal));
            Assert.True(row != null, $"docs/diagnostics/README.md has no row for {id}");
            Assert.Contains($"| {descriptor.Title} |", row);
            Assert.Contains($"| {descriptor.Severity} | {descriptor.Category} |", row);
        }
    }
}
