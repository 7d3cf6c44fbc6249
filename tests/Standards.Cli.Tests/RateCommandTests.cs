using System.IO;
using System.Text.Json;
using Xunit;

namespace Standards.Cli.Tests
{
    public class RateCommandTests
    {
        [Fact]
        public void Rates_the_national_picture_as_a_table()
        {
            var (code, output, error) = StandardsProcess.Run("rate", "examples/national-picture.yaml");
            Assert.Equal(0, code);
            Assert.Equal(string.Empty, error);
            Golden.Assert("rate-national-picture.txt", output);
        }

        [Fact]
        public void Json_output_is_golden_and_identical_across_runs()
        {
            var first = StandardsProcess.Run("rate", "examples/partial-evidence.yaml", "--format", "json");
            var second = StandardsProcess.Run("rate", "examples/partial-evidence.yaml", "--format", "json");
            Assert.Equal(0, first.ExitCode);
            Assert.Equal(first.Output, second.Output);
            using var doc = JsonDocument.Parse(first.Output);
            Assert.Equal("hmip-probation-pdu", doc.RootElement.GetProperty("rulebook").GetProperty("id").GetString());
            Assert.Equal(64, doc.RootElement.GetProperty("rulebook").GetProperty("content_hash").GetString()!.Length);
            Golden.Assert("rate-partial-evidence.json", first.Output);
        }

        [Fact]
        public void Markdown_and_html_formats_render_every_standard()
        {
            var markdown = StandardsProcess.Run("rate", "examples/wales-sentence-management.yaml", "--format", "markdown");
            var html = StandardsProcess.Run("rate", "examples/wales-sentence-management.yaml", "--format", "html");
            Assert.Equal(0, markdown.ExitCode);
            Assert.Equal(0, html.ExitCode);
            Golden.Assert("rate-wales.md", markdown.Output);
            Assert.StartsWith("<!DOCTYPE html>", html.Output);
            foreach (var id in new[] { "P1.1", "P1.2", "P1.3", "P2.1", "P2.2", "P2.3", "P2.4" })
            {
                Assert.Contains($"<section class=\"standard\" id=\"{id}\"", html.Output);
                Assert.Contains($"<li class=\"card\" data-standard=\"{id}\"", html.Output);
            }

            Assert.Contains("<svg class=\"bullet\"", html.Output);
            Assert.DoesNotContain("<script", html.Output);
        }

        [Fact]
        public void Invalid_evidence_is_not_rated_and_names_file_line_and_field()
        {
            var file = Path.Combine(Path.GetTempPath(), "standards-invalid-" + System.Guid.NewGuid().ToString("N") + ".yaml");
            File.WriteAllText(file, "workforce:\n  po:\n    in_post_fte: -3\ncase_sample:\n  oversight_sufficient_percent: 120%\n");
            try
            {
                var (code, output, error) = StandardsProcess.Run("rate", file);
                Assert.Equal(1, code);
                Assert.Equal(string.Empty, output);
                Assert.Contains($"{file}(3,18): error STD4003: `workforce.po.in_post_fte` is `-3`", error);
                Assert.Contains($"{file}(5,33): error STD4003", error);
            }
            finally
            {
                File.Delete(file);
            }
        }

        [Fact]
        public void A_missing_evidence_file_is_a_usage_error()
        {
            var (code, _, error) = StandardsProcess.Run("rate", "examples/no-such-file.yaml");
            Assert.Equal(2, code);
            Assert.Contains("does not exist", error);
        }

        [Fact]
        public void An_unknown_format_is_a_usage_error()
        {
            var (code, _, _) = StandardsProcess.Run("rate", "examples/national-picture.yaml", "--format", "pdf");
            Assert.NotEqual(0, code);
        }
    }
}
