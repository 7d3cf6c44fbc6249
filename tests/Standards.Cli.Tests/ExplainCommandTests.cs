using Xunit;

namespace Standards.Cli.Tests
{
    public class ExplainCommandTests
    {
        [Fact]
        public void Explains_staffing_with_evidence_near_misses_and_changes()
        {
            var (code, output, error) = StandardsProcess.Run("explain", "examples/wales-sentence-management.yaml", "--standard", "P1.2");
            Assert.Equal(0, code);
            Assert.Equal(string.Empty, error);
            Assert.Contains("was blocked by", output);
            Assert.Contains("change: ", output);
            Assert.Contains("rules/standards/P1.2-staffing.yaml:", output);
            Golden.Assert("explain-wales-P1.2.txt", output);
        }

        [Fact]
        public void An_unknown_standard_suggests_the_closest()
        {
            var (code, _, error) = StandardsProcess.Run("explain", "examples/national-picture.yaml", "--standard", "P1.22");
            Assert.Equal(2, code);
            Assert.Contains("did you mean `P1.2`", error);
        }
    }
}
