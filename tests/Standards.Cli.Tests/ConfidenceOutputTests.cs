using System;
using System.IO;
using System.Text.Json;
using Xunit;

namespace Standards.Cli.Tests
{
    /// <summary>Domain-two confidence (95% Wilson intervals) in <c>explain</c>, JSON and HTML: extra information, never a different rating.</summary>
    public class ConfidenceOutputTests
    {
        private const string Evidence = @"pdu:
  name: Borderline PDU
case_sample:
  sample_size: 200
  assessment:
    engagement: 52%
    engagement_sample_size: 45
    desistance: 70%
    desistance_sample_size: 200
    safety: 68%
";

        [Fact]
        public void Explain_names_the_interval_and_the_other_plausible_grades()
        {
            var (code, output, error) = Run("explain", "--standard", "P2.1");
            Assert.True(code == 0, error);
            Assert.Contains("P2.1 Assessment: Requires improvement", output);
            Assert.Contains("borderline: 52% of 45 cases; 95% interval 38–66%: Inadequate and Good are also plausible.", output);
            Assert.Contains("70% of 200 cases; 95% interval 63–76%: Requires improvement is also plausible.", output);
            Assert.Contains("borderline: within the 95% intervals the rating could be Inadequate to Good", output);
        }

        [Fact]
        public void Json_output_carries_the_interval_beside_the_published_rating()
        {
            var (code, output, error) = Run("rate", "--format", "json");
            Assert.True(code == 0, error);
            using var json = JsonDocument.Parse(output);
            foreach (var standard in json.RootElement.GetProperty("standards").EnumerateArray())
            {
                if (standard.GetProperty("id").GetString() != "P2.1") continue;
                Assert.Equal("requires_improvement", standard.GetProperty("lowest").GetString());
                Assert.True(standard.GetProperty("borderline").GetBoolean());
                var engagement = standard.GetProperty("key_questions")[0];
                Assert.Equal(45, engagement.GetProperty("sample_size").GetDouble());
                Assert.Equal("case_sample.assessment.engagement_sample_size", engagement.GetProperty("sample_size_source").GetString());
                Assert.Equal(37.8, engagement.GetProperty("interval_95").GetProperty("low").GetDouble());
                Assert.Equal(65.9, engagement.GetProperty("interval_95").GetProperty("high").GetDouble());
                Assert.Equal("inadequate to good", engagement.GetProperty("plausible").GetString());
                var safety = standard.GetProperty("key_questions")[2];
                Assert.Equal("case_sample.sample_size", safety.GetProperty("sample_size_source").GetString());
                return;
            }

            Assert.Fail("no P2.1 in the JSON output");
        }

        [Fact]
        public void The_html_report_marks_the_standard_borderline()
        {
            var (code, output, error) = Run("rate", "--format", "html");
            Assert.True(code == 0, error);
            Assert.Contains("<span class=\"card-note borderline\">borderline</span>", output);
            Assert.Contains("52% of 45 cases; 95% interval 38–66%: Inadequate and Good are also plausible.", output);
        }

        private static (int, string, string) Run(string command, params string[] args)
        {
            var file = Path.Combine(Path.GetTempPath(), $"standards-borderline-{Guid.NewGuid():N}.yaml");
            File.WriteAllText(file, Evidence);
            try
            {
                var all = new string[args.Length + 2];
                all[0] = command;
                all[1] = file;
                args.CopyTo(all, 2);
                return StandardsProcess.Run(all);
            }
            finally
            {
                File.Delete(file);
            }
        }
    }
}
