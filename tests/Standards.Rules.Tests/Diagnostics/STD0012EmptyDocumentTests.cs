using Xunit;
using static Standards.Rules.Tests.Diagnostics.RuleFiles;

namespace Standards.Rules.Tests.Diagnostics
{
    /// <summary>STD0012: the file has no content.</summary>
    public class STD0012EmptyDocumentTests
    {
        [Fact]
        public void EmptyFile_IsReportedAtTheStart()
        {
            var result = LoadWithManifest((StandardPath, ""));

            AssertSingle(result, "STD0012", StandardPath, 1, 1, "the file has no content; a rule file holds one YAML mapping");
        }

        [Fact]
        public void CommentsOnly_IsEmpty()
        {
            var result = LoadWithManifest((StandardPath, "# yaml-language-server: $schema=../../schema/standards-rules.schema.json\n# nothing yet\n"));

            AssertSingle(result, "STD0012", StandardPath, 1, 1, "the file has no content");
        }
    }
}
