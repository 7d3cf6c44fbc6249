using System.IO;
using System.Linq;
using Standards.Rules.Loading;
using Xunit;
using static Standards.Rules.Tests.Diagnostics.RuleFiles;

namespace Standards.Rules.Tests.Consistency
{
    /// <summary>STD2010: the overall bands must cover exactly 0 to the points of the standards present.</summary>
    public class STD2010OverallBandsMismatchTests
    {
        [Fact]
        public void ReferenceRulebookWithAStandardDeleted_IsReportedAtTheTopBand()
        {
            var sources = RuleSourceReader.ReadDirectory(Path.Combine(ReferenceRulebookTests.RepositoryRoot(), "rules"))
                .Where(s => !s.Path.EndsWith("P2.3-implementation-and-delivery.yaml", System.StringComparison.Ordinal))
                .ToList();

            var result = RulebookLoader.Load(sources, new Facts.ReflectionFactSchema(typeof(Standards.Engine.Facts.PduEvidence)));

            var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "STD2010");
            Assert.EndsWith("rules/rulebook.yaml", diagnostic.Span.Path);
            Assert.Equal(
                "the overall bands cover 0 to 21 points, but the rulebook has 6 standards (P1.1, P1.2, P1.3, P2.1, P2.2, P2.4) worth 0 to 18 points (3 each); restore the missing standard file, or change the bands to cover exactly 0 to the maximum",
                diagnostic.Message);
            Assert.True(result.HasErrors);
        }

        [Fact]
        public void BandsForOneStandardWithNone_AreReported()
        {
            var result = LoadWithManifest();

            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("STD2010", diagnostic.Id);
            AssertAt(diagnostic.Span, ManifestPath, 29, 5);
            Assert.StartsWith("the overall bands cover 0 to 3 points, but the rulebook has no standards, so its totals are all 0", diagnostic.Message);
        }

        [Fact]
        public void BandsThatMatchTheStandards_AreAccepted()
        {
            var result = LoadWithManifest((StandardPath, Standard()));

            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "STD2010");
        }

        [Fact]
        public void AStandardFileThatFailsToLoad_IsNotReportedTwice()
        {
            var result = LoadWithManifest((StandardPath, "standard: [unclosed\n"));

            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "STD2010");
            Assert.True(result.HasErrors);
        }
    }
}
