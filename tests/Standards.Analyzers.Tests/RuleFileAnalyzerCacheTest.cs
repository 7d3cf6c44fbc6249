using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Standards.Analyzers.Tests
{
    /// <summary>
    /// The analyzer reuses a check only for the same rule files and the same evidence contract: renaming a fact
    /// property after a clean check of the same files must still fail, as a compiler-server build would see it.
    /// </summary>
    public sealed class RuleFileAnalyzerCacheTest
    {
        [Fact]
        public async Task A_renamed_fact_property_is_reported_after_a_clean_check_of_the_same_files()
        {
            await RuleFileAnalyzerTest.VerifyStandardAsync(TestFacts.Standard);
            await RuleFileAnalyzerTest.VerifyStandardAsync(TestFacts.Standard);

            var renamed = new RuleFileAnalyzerTest(withFacts: false);
            renamed.TestState.Sources.Add(("/proj/Facts.cs", TestFacts.Source.Replace("OversightSufficientPercent", "OversightAdequatePercent")));
            renamed.TestState.AdditionalFiles.Add((TestFacts.ManifestPath, TestFacts.Manifest));
            renamed.TestState.AdditionalFiles.Add((TestFacts.StandardPath, TestFacts.Standard));
            for (int i = 0; i < 3; i++) renamed.ExpectedDiagnostics.Add(RuleFileAnalyzerTest.Diagnostic("STD1003").WithSpan(TestFacts.StandardPath, Line(i), 23, Line(i), 51));
            await renamed.RunAsync();
        }

        private static int Line(int characteristic) => characteristic switch { 0 => 12, 1 => 17, _ => 22 };
    }
}
