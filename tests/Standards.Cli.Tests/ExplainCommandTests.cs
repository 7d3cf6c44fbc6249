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
    
        [Fact]
        public void Domain_two_explains_which_key_question_is_below_the_next_band()
        {
            var (code, output, _) = StandardsProcess.Run("explain", "examples/national-picture.yaml", "--standard", "P2.1");
            Assert.Equal(0, code);
            Assert.Contains("P2.1.3: Inadequate   measure `case_sample.assessment.safety` = 31.4%", output);
            Assert.Contains("change: raise `case_sample.assessment.safety` from 31.4% to at least 50%", output);
            Assert.DoesNotContain("raise `case_sample.assessment.engagement`", output);
        }
    }
}
