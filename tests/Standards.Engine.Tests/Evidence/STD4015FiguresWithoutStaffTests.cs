using Xunit;
using static Standards.Engine.Tests.Evidence.EvidenceFiles;

namespace Standards.Engine.Tests.Evidence
{
    /// <summary>STD4015: a span of control given while no SPOs are in post.</summary>
    public class STD4015FiguresWithoutStaffTests
    {
        [Fact]
        public void SpanOfControlWithNoSposInPost_NamesBothFieldsAndLines()
        {
            var result = Read("workforce:\n  spo:\n    in_post_fte: 0\nspans:\n  sentence_management_fte: 1:10\n");

            AssertPair(result, "STD4015", InlinePath, 5, 3, InlinePath, 3, 5,
                "`spans.sentence_management_fte` (line 5) is 1:10, but `workforce.spo.in_post_fte` (line 3) is 0");
        }

        [Fact]
        public void SpanWithSposInPost_IsAccepted()
        {
            var result = Read("workforce:\n  spo:\n    in_post_fte: 4\n    in_post_headcount: 5\nspans:\n  sentence_management_fte: 1:10\n");

            AssertDiagnostics(result);
        }
    }
}
