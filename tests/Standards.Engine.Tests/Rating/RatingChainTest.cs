using System.IO;
using System.Linq;
using Standards.Engine.Evidence;
using Standards.Engine.Examples;
using Standards.Engine.Tests.Properties;
using Xunit;

namespace Standards.Engine.Tests.Rating
{
    public class RatingChainTest
    {
        private static string Root()
        {
            var dir = new DirectoryInfo(System.AppContext.BaseDirectory);
            while (!File.Exists(Path.Combine(dir!.FullName, "Standards.sln"))) dir = dir.Parent;
            return dir.FullName;
        }

        [Fact]
        public void Each_standard_rule_and_the_overall_rule_fire_once()
        {
            var compiled = ReferenceRulebook.Compiled;
            var evidence = EvidenceReader.ReadFile(Path.Combine(Root(), "examples", "national-picture.yaml"));
            Assert.True(evidence.IsValid, string.Join("\n", evidence.Diagnostics));
            var report = compiled.Rate(evidence.Evidence!);
            var rulebook = compiled.Rulebook;
            Assert.Equal(rulebook.Standards.Count + 1, report.Firings);
            Assert.Equal(rulebook.Standards.Count, report.Standards.Count);
            Assert.All(report.Standards, s => Assert.Equal(s.Standard.KeyQuestions.Count, s.KeyQuestions.Count));
            Assert.Equal("inadequate", report.Standards.Single(s => s.Standard.Id == "P1.2").Range.ToIdText());
            Assert.Equal(rulebook.ContentHash, report.ContentHash);
        }

        [Fact]
        public void Every_example_case_of_the_reference_rulebook_passes()
        {
            var outcomes = ExampleCaseRunner.Run(ReferenceRulebook.Compiled);
            Assert.True(outcomes.Count >= 20, $"only {outcomes.Count} example cases");
            Assert.All(outcomes, o => Assert.True(o.Passed, o.Example.Name + ": " + string.Join("; ", o.Failures)));
        }

        [Fact]
        public void A_case_sample_csv_is_aggregated_into_percentages()
        {
            var dir = Directory.CreateTempSubdirectory("standards-csv").FullName;
            File.WriteAllText(Path.Combine(dir, "sample.csv"), "case_id,oversight_sufficient,assessment_engagement\nC1,yes,yes\nC2,no,yes\nC3,no,\nC4,yes,no\n");
            File.WriteAllText(Path.Combine(dir, "pdu.yaml"), "case_sample:\n  cases_file: sample.csv\n");
            var evidence = EvidenceReader.ReadFile(Path.Combine(dir, "pdu.yaml"));
            Assert.True(evidence.IsValid, string.Join("\n", evidence.Diagnostics));
            Assert.Equal(50, evidence.Evidence!.CaseSample!.OversightSufficientPercent);
            Assert.Equal(66.7, evidence.Evidence.CaseSample.Assessment!.Engagement);
            Assert.Equal(4, evidence.Evidence.CaseSample.SampleSize);
            Directory.Delete(dir, true);
        }
    }
}
