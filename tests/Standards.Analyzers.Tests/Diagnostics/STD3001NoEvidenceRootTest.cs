using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Standards.Analyzers.Tests.Diagnostics
{
    /// <summary>STD3001: rule files but no <c>[EvidenceRoot]</c> class is a warning at the first rule file, not silence.</summary>
    public sealed class STD3001NoEvidenceRootTest
    {
        [Fact]
        public async Task Rule_files_without_an_evidence_root_are_reported_once_at_the_first_file()
        {
            var test = new RuleFileAnalyzerTest(withFacts: false);
            test.TestState.Sources.Add(("/proj/Other.cs", "namespace Consumer { public sealed class NotEvidence { } }"));
            test.TestState.AdditionalFiles.Add((TestFacts.StandardPath, "standard: [not closed"));
            test.TestState.AdditionalFiles.Add((TestFacts.ManifestPath, TestFacts.Manifest));
            test.ExpectedDiagnostics.Add(RuleFileAnalyzerTest.Diagnostic("STD3001")
                .WithLocation(TestFacts.ManifestPath, 1, 1)
                .WithMessage("the project has 2 rule file(s) but no class marked [EvidenceRoot], so they are not checked; mark the root class of the evidence contract with [Standards.Rules.Facts.EvidenceRoot], or set <StandardsAddRuleFiles>false</StandardsAddRuleFiles> if these YAML files are not rule files"));
            await test.RunAsync();
        }

        [Fact]
        public async Task Without_rule_files_there_is_nothing_to_report()
        {
            var test = new RuleFileAnalyzerTest(withFacts: false);
            test.TestState.Sources.Add(("/proj/Other.cs", "namespace Consumer { public sealed class NotEvidence { } }"));
            await test.RunAsync();
        }
    }
}
