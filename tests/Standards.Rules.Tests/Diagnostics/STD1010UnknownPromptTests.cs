using Standards.Rules.Diagnostics;
using Xunit;
using static Standards.Rules.Tests.Diagnostics.RuleFiles;

namespace Standards.Rules.Tests.Diagnostics
{
    /// <summary>STD1010: a prompt that is not part of the key question.</summary>
    public class STD1010UnknownPromptTests
    {
        [Fact]
        public void Descriptor_IsAReferenceError()
        {
            var descriptor = DiagnosticCatalog.Find("STD1010");

            Assert.NotNull(descriptor);
            Assert.Equal("The prompt is not part of the key question", descriptor!.Title);
            Assert.Equal(DiagnosticSeverity.Error, descriptor.Severity);
            Assert.Equal("Reference", descriptor.Category);
        }

        [Fact]
        public void KnownPromptInAFilter_IsAccepted()
        {
            var result = LoadCondition("count(judgements.prompts where prompt == \"P1.2.3a\") > 0");

            AssertDiagnostics(result);
        }

        /// <summary>
        /// The standard gives P1.2.3 only prompt a, so "P1.2.3z" names no prompt.
        /// </summary>
        [Fact]
        public void UnknownPromptInAFilter_IsReportedAtTheText()
        {
            // `count(judgements.prompts where prompt == ` is columns 11-51, so the text starts at column 52.
            var result = LoadCondition("count(judgements.prompts where prompt == \"P1.2.3z\") > 0");

            AssertSingle(result, "STD1010", StandardPath, WhenLine, 52, "`P1.2.3z`");
        }
    }
}
