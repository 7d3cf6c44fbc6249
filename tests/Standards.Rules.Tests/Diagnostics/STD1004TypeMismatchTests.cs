using Xunit;
using static Standards.Rules.Tests.Diagnostics.RuleFiles;

namespace Standards.Rules.Tests.Diagnostics
{
    /// <summary>STD1004: values of different kinds compared or combined; reported over the whole comparison.</summary>
    public class STD1004TypeMismatchTests
    {
        [Fact]
        public void YesNoComparedWithANumber_IsReported()
        {
            var result = LoadCondition("judgements.induction_effective >= 3");

            AssertSingle(result, "STD1004", StandardPath, WhenLine, WhenColumn, "cannot compare `judgements.induction_effective` (yes/no) with `3` (a plain number)");
        }

        [Fact]
        public void TextComparedWithANumber_IsReported()
        {
            var result = LoadCondition("pdu.name == 3");

            AssertSingle(result, "STD1004", StandardPath, WhenLine, WhenColumn, "cannot compare `pdu.name` (text) with `3` (a plain number)");
        }

        [Fact]
        public void GroupOfFieldsUsedAsAValue_IsReported()
        {
            var result = LoadCondition("workforce.po == 3");

            AssertSingle(result, "STD1004", StandardPath, WhenLine, WhenColumn, "`workforce.po` is a group of fields");
        }
    }
}
