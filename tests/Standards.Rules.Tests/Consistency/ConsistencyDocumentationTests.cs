using System.IO;
using System.Linq;
using Standards.Rules.Diagnostics;
using Xunit;

namespace Standards.Rules.Tests.Consistency
{
    public class ConsistencyDocumentationTests
    {
        public static TheoryData<string> Ids()
        {
            var data = new TheoryData<string>();
            foreach (var id in Enumerable.Range(1, 9).Select(i => "STD200" + i)) data.Add(id);
            return data;
        }

        [Theory]
        [MemberData(nameof(Ids))]
        public void Every_consistency_id_has_a_descriptor_and_a_documentation_page_with_the_four_sections(string id)
        {
            var descriptor = DiagnosticCatalog.Find(id);
            Assert.NotNull(descriptor);
            Assert.Equal("Consistency", descriptor!.Category);
            var page = Path.Combine(ConsistencyFixture.RepositoryRoot(), descriptor.HelpPath);
            Assert.True(File.Exists(page), page + " is missing");
            var text = File.ReadAllText(page);
            Assert.StartsWith("# " + id, text);
            foreach (var section in new[] { "## Cause", "## Rule description", "## How to fix", "## How to suppress" }) Assert.Contains(section, text);
            Assert.Contains("dotnet_diagnostic." + id + ".severity", text);
            Assert.Contains("```yaml", text);
        }
    }
}
