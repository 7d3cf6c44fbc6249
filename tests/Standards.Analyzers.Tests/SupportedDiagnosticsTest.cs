using System.Linq;
using Standards.Rules.Diagnostics;
using Xunit;
using RoslynSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace Standards.Analyzers.Tests
{
    /// <summary>The analyzer declares one descriptor per catalog entry, with the catalog's title, category and severity.</summary>
    public sealed class SupportedDiagnosticsTest
    {
        [Fact]
        public void Every_catalog_id_is_supported_with_its_catalog_properties()
        {
            var supported = new RuleFileAnalyzer().SupportedDiagnostics.ToDictionary(d => d.Id);

            Assert.Equal(DiagnosticCatalog.All.Select(d => d.Id), supported.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
            foreach (var entry in DiagnosticCatalog.All)
            {
                var descriptor = supported[entry.Id];
                Assert.Equal(entry.Title, descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal(entry.Category, descriptor.Category);
                Assert.Equal(RuleDiagnosticDescriptors.ToRoslyn(entry.Severity), descriptor.DefaultSeverity);
                Assert.Equal("{0}", descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal(Standards.Rules.Diagnostics.DiagnosticDescriptor.DefaultHelpBase + entry.Id + ".md", descriptor.HelpLinkUri);
                Assert.True(descriptor.IsEnabledByDefault);
            }
        }

        [Theory]
        [InlineData(Standards.Rules.Diagnostics.DiagnosticSeverity.Error, RoslynSeverity.Error)]
        [InlineData(Standards.Rules.Diagnostics.DiagnosticSeverity.Warning, RoslynSeverity.Warning)]
        [InlineData(Standards.Rules.Diagnostics.DiagnosticSeverity.Info, RoslynSeverity.Info)]
        public void Catalog_severities_map_to_the_same_roslyn_severity(Standards.Rules.Diagnostics.DiagnosticSeverity catalog, RoslynSeverity roslyn)
        {
            Assert.Equal(roslyn, RuleDiagnosticDescriptors.ToRoslyn(catalog));
        }
    }
}
