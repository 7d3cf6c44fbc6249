using Xunit;
using static Standards.Engine.Tests.Evidence.EvidenceFiles;

namespace Standards.Engine.Tests.Evidence
{
    /// <summary>STD4004: staff in post more than 1.25 times target, with no note explaining why.</summary>
    public class STD4004ImplausibleStaffingTests
    {
        [Fact]
        public void InPostFarAboveTargetWithoutANote_IsReportedAtTheInPostKey()
        {
            var result = Read("workforce:\n  po:\n    target_fte: 40\n    in_post_fte: 60\n");

            AssertPair(result, "STD4004", InlinePath, 4, 5, InlinePath, 3, 5,
                "`workforce.po.in_post_fte` (line 4) is 60, more than 1.25 times `workforce.po.target_fte` (line 3), which is 40; check the figures, or add `workforce.po.note` explaining them");
        }

        [Fact]
        public void HeadcountFarAboveTarget_IsReported()
        {
            var result = Read("workforce:\n  pso:\n    target_headcount: 10\n    in_post_headcount: 13\n");

            AssertPair(result, "STD4004", InlinePath, 4, 5, InlinePath, 3, 5, "`workforce.pso.in_post_headcount` (line 4) is 13, more than 1.25 times `workforce.pso.target_headcount` (line 3), which is 10");
        }

        [Fact]
        public void InPostFarAboveTargetWithANote_IsAccepted()
        {
            var result = Read("workforce:\n  po:\n    target_fte: 40\n    in_post_fte: 60\n    note: Includes 20 FTE seconded from a neighbouring PDU.\n");

            AssertDiagnostics(result);
            Assert.NotNull(result.Evidence);
            Assert.Equal(60, result.Evidence!.Workforce!.Po!.InPostFte);
        }

        [Fact]
        public void InPostExactly125PercentOfTarget_IsAccepted()
        {
            var result = Read("workforce:\n  po:\n    target_fte: 40\n    in_post_fte: 50\n");

            AssertDiagnostics(result);
            Assert.NotNull(result.Evidence);
        }
    }
}
