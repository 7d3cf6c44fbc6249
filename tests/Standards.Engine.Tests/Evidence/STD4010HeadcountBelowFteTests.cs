using Xunit;
using static Standards.Engine.Tests.Evidence.EvidenceFiles;

namespace Standards.Engine.Tests.Evidence
{
    /// <summary>STD4010: more full-time equivalents than people in post (or in the target).</summary>
    public class STD4010HeadcountBelowFteTests
    {
        [Fact]
        public void TwoPeopleButThirtyEightFte_NameBothFieldsAndLines()
        {
            var result = Read("workforce:\n  po:\n    in_post_headcount: 2\n    in_post_fte: 38\n");

            AssertPair(result, "STD4010", InlinePath, 4, 5, InlinePath, 3, 5,
                "`workforce.po.in_post_fte` (line 4) is 38 FTE, but `workforce.po.in_post_headcount` (line 3) is 2 people");
        }

        [Fact]
        public void TargetFteAboveTargetHeadcount_IsReported()
        {
            var result = Read("workforce:\n  spo:\n    target_fte: 12\n    target_headcount: 10\n");

            AssertPair(result, "STD4010", InlinePath, 3, 5, InlinePath, 4, 5, "`workforce.spo.target_fte` (line 3) is 12 FTE");
        }

        [Fact]
        public void PartTimeStaff_HaveFewerFteThanPeople()
        {
            var result = Read("workforce:\n  po:\n    in_post_fte: 36.5\n    in_post_headcount: 41\n");

            AssertDiagnostics(result);
        }
    }
}
