using Xunit;
using static Standards.Engine.Tests.Evidence.EvidenceFiles;

namespace Standards.Engine.Tests.Evidence
{
    /// <summary>STD4009: percentages declared as shares of one whole add up to more than 100%.</summary>
    public class STD4009SharesOverWholeTests
    {
        [Fact]
        public void TraineesAndNewlyQualifiedOver100Percent_NameBothFieldsAndLines()
        {
            var result = Read("workforce:\n  trainee_percent: 80%\n  newly_qualified_percent: 70%\n");

            AssertPair(result, "STD4009", InlinePath, 3, 3, InlinePath, 2, 3,
                "`workforce.trainee_percent` (line 2) is 80% and `workforce.newly_qualified_percent` (line 3) is 70%; together 150%, but they are shares of the PO workforce, which cannot be more than 100%");
        }

        [Fact]
        public void SharesUpTo100Percent_AreAccepted()
        {
            var result = Read("workforce:\n  trainee_percent: 60%\n  newly_qualified_percent: 40%\n");

            AssertDiagnostics(result);
            Assert.NotNull(result.Evidence);
        }
    }
}
