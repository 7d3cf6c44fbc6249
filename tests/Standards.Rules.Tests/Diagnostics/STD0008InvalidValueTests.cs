using Xunit;
using static Standards.Rules.Tests.Diagnostics.RuleFiles;

namespace Standards.Rules.Tests.Diagnostics
{
    /// <summary>STD0008: a value of the right shape that is not valid here.</summary>
    public class STD0008InvalidValueTests
    {
        [Fact]
        public void ImpossibleDate_IsReportedAtTheValue()
        {
            var result = Load((ManifestPath, Manifest.Replace("effective: 2026-04-01", "effective: 2026-13-01")), (StandardPath, Standard()));

            AssertSingle(result, "STD0008", ManifestPath, 5, 14, "`effective` should be a date written yyyy-mm-dd, but it is `2026-13-01`");
        }

        [Fact]
        public void MisspeltMethod_SuggestsTheNearestMethod()
        {
            var result = LoadWithManifest((StandardPath, Standard().Replace("method: characteristics", "method: charactristics")));

            AssertSingle(result, "STD0008", StandardPath, 6, 11,
                "`charactristics` is not a rating method; did you mean `characteristics`? (methods: characteristics, lowest_key_question)");
        }

        [Fact]
        public void DomainOutOfRange_IsReported()
        {
            var result = LoadWithManifest((StandardPath, Standard().Replace("domain: 1", "domain: 3")));

            AssertSingle(result, "STD0008", StandardPath, 4, 11, "`domain` of `standard` should be a whole number from 1 to 2, but it is `3`");
        }

        [Fact]
        public void SupportsAndCapsTogether_IsReportedAtCaps()
        {
            var result = LoadWithManifest((StandardPath, Standard().Replace("    supports: good\n", "    supports: good\n    caps: inadequate\n")));

            AssertSingle(result, "STD0008", StandardPath, 16, 5, "either `supports` a grade or `caps` the standard at one, not both");
        }

        [Fact]
        public void SupportingTheLowestGrade_IsReported()
        {
            var result = LoadWithManifest((StandardPath, Standard().Replace("supports: good", "supports: inadequate")));

            AssertSingle(result, "STD0008", StandardPath, 15, 15, "`inadequate` is the lowest grade and needs no support");
        }

        [Fact]
        public void PromptNotLettered_IsReported()
        {
            var result = LoadWithManifest((StandardPath, Standard().Replace("      a: Is an", "      aa: Is an")));

            AssertSingle(result, "STD0008", StandardPath, 11, 7, "prompts are lettered `a`, `b`, `c`…, but this one is `aa`");
        }
    }
}
