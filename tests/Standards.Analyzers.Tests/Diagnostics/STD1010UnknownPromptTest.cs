using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Standards.Analyzers.Tests.Diagnostics
{
    /// <summary>
    /// STD1010: a prompt that is not part of the key question. <see cref="TestFacts.Source"/> has no prompt
    /// judgements, so this test compiles its own evidence contract: the same case sample and spans plus
    /// <c>judgements.prompts</c> with <c>prompt</c> and <c>met</c> (one <c>[EvidenceRoot]</c>).
    /// </summary>
    public sealed class STD1010UnknownPromptTest
    {
        private const string FactsSource = """
            using System.Collections.Generic;
            using Standards.Rules.Facts;

            namespace Consumer.Facts
            {
                [EvidenceRoot]
                public sealed class Evidence
                {
                    [FactMember(Description = "The inspected case sample.")]
                    public CaseSample? CaseSample { get; set; }

                    [FactMember(Description = "The inspectors' judgements.")]
                    public Judgements? Judgements { get; set; }
                }

                public sealed class CaseSample
                {
                    [FactMember(FactUnit.Percent, Min = 0, Max = 100, Description = "Cases with sufficient oversight.")]
                    public double? OversightSufficientPercent { get; set; }
                }

                public sealed class Judgements
                {
                    [FactMember(Description = "Judgements on the lettered prompts.")]
                    public IReadOnlyList<PromptJudgement>? Prompts { get; set; }
                }

                public sealed class PromptJudgement
                {
                    [FactMember(Description = "The prompt, such as P1.2.3a.")]
                    public string? Prompt { get; set; }

                    [FactMember(Description = "The prompt was met.")]
                    public bool? Met { get; set; }
                }
            }
            """;

        /// <summary>
        /// <see cref="TestFacts.Standard"/> with prompt a under key question P1.2.3 (two lines after line 9), so the
        /// good characteristic's condition moves to line 14, and that condition replaced by <paramref name="when"/>.
        /// </summary>
        private static string StandardWithPrompt(string when) =>
            TestFacts.Standard
                .Replace("    question: Does the oversight of work support high-quality delivery?\n",
                    "    question: Does the oversight of work support high-quality delivery?\n    prompts:\n      a: Is an effective induction programme delivered to new staff?\n")
                .Replace("when: case_sample.oversight_sufficient_percent >= 65%", "when: " + when);

        private static Task VerifyAsync(string standard, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected)
        {
            var test = new RuleFileAnalyzerTest(withFacts: false);
            test.TestState.Sources.Add(("/proj/Facts.cs", FactsSource));
            test.TestState.AdditionalFiles.Add((TestFacts.ManifestPath, TestFacts.Manifest));
            test.TestState.AdditionalFiles.Add((TestFacts.StandardPath, standard));
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        [Fact]
        public async Task An_unknown_prompt_in_a_filter_is_reported_at_the_text()
        {
            // `    when: count(judgements.prompts where prompt == ` is 51 characters, so the text starts at column 52.
            var standard = StandardWithPrompt("count(judgements.prompts where prompt == \"P1.2.3z\" and met) > 0");

            await VerifyAsync(standard,
                RuleFileAnalyzerTest.Diagnostic("STD1010").WithLocation(TestFacts.StandardPath, 14, 52));
        }

        [Fact]
        public async Task A_known_prompt_in_a_filter_is_accepted()
        {
            var standard = StandardWithPrompt("count(judgements.prompts where prompt == \"P1.2.3a\" and met) > 0");

            await VerifyAsync(standard);
        }
    }
}
