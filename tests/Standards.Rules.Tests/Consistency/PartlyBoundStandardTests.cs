using Xunit;
using static Standards.Rules.Tests.Consistency.ConsistencyFixture;

namespace Standards.Rules.Tests.Consistency
{
    /// <summary>A standard with an error is still checked on the characteristics that bound, so a typo does not hide an inverted ladder.</summary>
    public class PartlyBoundStandardTests
    {
        [Fact]
        public void An_inverted_ladder_is_reported_beside_a_typo()
        {
            var yaml = Standard(
                Characteristic("ri", "supports: requires_improvement", "case_sample.oversight_sufficient_percent >= 50%"),
                Characteristic("good", "supports: good", "case_sample.oversight_sufficient_percent >= 65%"),
                Characteristic("outstanding", "supports: outstanding", "case_sample.oversight_sufficient_percent >= 60%"),
                Characteristic("good-rpss", "supports: good", "supervision.rpss_per_practitoner_per_year >= 4"));
            var result = Load(yaml);

            Assert.Contains(result.Diagnostics, d => d.Id == "STD1003" && d.Span.Line == WhenLine(3));
            var ladder = Assert.Single(result.Diagnostics, d => d.Id == "STD2003");
            Assert.Equal(WhenLine(2), ladder.Span.Line);
        }

        [Fact]
        public void The_checks_that_need_every_characteristic_wait_until_the_standard_is_clean()
        {
            // Without the broken requires-improvement support the key question would have no support for that
            // grade (STD2006); that finding would be wrong while the support is merely misspelt.
            var yaml = Standard(
                Characteristic("ri", "supports: requires_improvement", "case_sample.oversight_sufficent_percent >= 50%"),
                Characteristic("good", "supports: good", "case_sample.oversight_sufficient_percent >= 65%"),
                Characteristic("outstanding", "supports: outstanding", "case_sample.oversight_sufficient_percent >= 80%"));
            var result = Load(yaml);

            Assert.Contains(result.Diagnostics, d => d.Id == "STD1003");
            Assert.DoesNotContain(result.Diagnostics, d => d.Id.StartsWith("STD2", System.StringComparison.Ordinal));
        }
    }
}
