using Xunit;
using static Standards.Rules.Tests.Diagnostics.RuleFiles;

namespace Standards.Rules.Tests.Diagnostics
{
    /// <summary>Messages that point at the real fix: fractions for percentages, YAML syntax in the author's words, no cascades.</summary>
    public class MessagesPointAtTheFixTests
    {
        [Fact]
        public void A_fraction_for_a_percentage_suggests_the_percentage()
        {
            var result = LoadCondition("case_sample.oversight_sufficient_percent >= 0.35");

            var d = AssertSingle(result, "STD1005", StandardPath, WhenLine, 55, "write `35%`");
            Assert.DoesNotContain("`0.35%`", d.Message.Replace("(not `0.35%`)", string.Empty));
            Assert.EndsWith("percentages are written out of 100, so write `35%` (not `0.35%`)", d.Message);
        }

        [Fact]
        public void A_whole_number_for_a_percentage_still_suggests_adding_the_sign()
        {
            var result = LoadCondition("case_sample.oversight_sufficient_percent >= 65");

            AssertSingle(result, "STD1005", StandardPath, WhenLine, 55, "; write `65%`");
        }

        [Fact]
        public void A_line_indented_one_space_too_few_is_explained_as_indentation()
        {
            var broken = Standard().Replace("  title: Staffing", " title: Staffing");
            var result = LoadWithManifest((StandardPath, broken));

            var d = Assert.Single(result.Diagnostics, x => x.Id == "STD0001");
            Assert.Equal(3, d.Span.Line);
            Assert.StartsWith("the YAML cannot be read here: this line does not line up with the keys above it; usually it is indented", d.Message);
            Assert.DoesNotContain("block mapping", d.Message);
        }

        [Fact]
        public void A_key_without_its_colon_is_named()
        {
            var broken = Standard().Replace("  title: Staffing\n", "  title: Staffing\n  domain 1\n  nothing: here\n");
            var result = LoadWithManifest((StandardPath, broken));

            var d = Assert.Single(result.Diagnostics, x => x.Id == "STD0001");
            Assert.Contains("has no `:`", d.Message);
        }

        [Fact]
        public void Expectations_that_wait_on_an_unreadable_file_are_grouped_under_its_error()
        {
            var broken = Standard().Replace("  title: Staffing", " title: Staffing");
            var result = LoadWithManifest((StandardPath, broken), (ExamplesPath, Examples("P1.2: good", "P1.9: good")));

            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "STD1001" && d.Message.Contains("`P1.2`"));
            var unknown = Assert.Single(result.Diagnostics, d => d.Id == "STD1001");
            Assert.Contains("`P1.9`", unknown.Message);
            var syntax = Assert.Single(result.Diagnostics, d => d.Id == "STD0001");
            Assert.EndsWith("(until this file reads, the 1 expectation(s) of example cases that name `P1.2`, which it defines, are not checked)", syntax.Message);
            Assert.Equal(2, result.Diagnostics.Count);
        }
    }
}
