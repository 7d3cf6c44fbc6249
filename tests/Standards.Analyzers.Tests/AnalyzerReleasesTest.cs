using System;
using System.IO;
using System.Linq;
using Standards.Analyzers.Tests.Infrastructure;
using Standards.Rules.Diagnostics;
using Xunit;

namespace Standards.Analyzers.Tests
{
    /// <summary>
    /// Release tracking: the descriptors come from <see cref="DiagnosticCatalog"/> at run time, where the RS2xxx
    /// analyzer cannot see them, so this test keeps AnalyzerReleases.*.md in step with the catalog instead.
    /// </summary>
    public sealed class AnalyzerReleasesTest
    {
        [Fact]
        public void The_release_files_list_every_catalog_id_with_its_category_and_severity()
        {
            var listed = ReleaseRows("AnalyzerReleases.Shipped.md").Concat(ReleaseRows("AnalyzerReleases.Unshipped.md")).ToList();
            var expected = DiagnosticCatalog.All.Select(d => $"{d.Id} | {d.Category} | {d.Severity}").ToList();
            var actual = listed.Select(r => $"{r[0]} | {r[1]} | {r[2]}").ToList();

            var missing = expected.Except(actual).ToList();
            var extra = actual.Except(expected).ToList();
            Assert.True(missing.Count == 0 && extra.Count == 0,
                "src/Standards.Analyzers/AnalyzerReleases.Unshipped.md is out of step with DiagnosticCatalog." + Environment.NewLine
                + "add: " + string.Join("; ", missing) + Environment.NewLine + "remove or fix: " + string.Join("; ", extra));
            Assert.Equal(actual.Count, actual.Distinct().Count());
        }

        private static string[][] ReleaseRows(string file) =>
            File.ReadAllLines(RepositoryPaths.Combine("src/Standards.Analyzers/" + file))
                .Where(line => line.StartsWith("STD", StringComparison.Ordinal))
                .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
                .ToArray();
    }
}
