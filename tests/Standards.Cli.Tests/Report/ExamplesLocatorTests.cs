using System;
using System.IO;
using Standards.Cli.Serve;
using Xunit;

namespace Standards.Cli.Tests.Report
{
    public class ExamplesLocatorTests
    {
        [Fact]
        public void Finds_evidence_beside_the_rulebook_skips_its_example_cases_and_falls_back_to_the_tool()
        {
            var root = Path.Combine(Path.GetTempPath(), "standards-locate-" + Guid.NewGuid().ToString("N"));
            var rules = Path.Combine(root, "rules");
            Directory.CreateDirectory(Path.Combine(rules, "examples"));
            File.WriteAllText(Path.Combine(rules, "examples", "cases.yaml"), "# example cases\nexamples:\n  - name: x\n");
            try
            {
                var tool = Path.Combine(root, "tool");
                Assert.Equal(Path.Combine(tool, "examples"), ExamplesLocator.Resolve(null, rules, tool));
                Directory.CreateDirectory(Path.Combine(root, "examples"));
                File.WriteAllText(Path.Combine(root, "examples", "pdu.yaml"), "pdu:\n  name: A\n");
                Assert.Equal(Path.Combine(root, "examples"), ExamplesLocator.Resolve(null, rules, tool));
                Assert.Equal(Path.Combine(tool, "examples"), ExamplesLocator.Resolve(null, null, tool));
                Assert.Equal(Path.GetFullPath("given"), ExamplesLocator.Resolve("given", rules, tool));
            }
            finally
            {
                Directory.Delete(root, true);
            }
        }
    }
}
