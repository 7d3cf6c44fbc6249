using System;
using Xunit;
using static Standards.Engine.Tests.Evidence.EvidenceFiles;

namespace Standards.Engine.Tests.Evidence
{
    /// <summary>STD4014: an inspection date more than a year after today, or before 2000.</summary>
    public class STD4014ImplausibleDateTests
    {
        [Fact]
        public void InspectionFiveYearsAhead_IsReportedAtTheDate()
        {
            var date = DateTime.UtcNow.Date.AddYears(5).ToString("yyyy-MM-dd");

            var result = Read($"pdu:\n  name: Cardiff\n  inspection_date: {date}\n");

            AssertSingle(result, "STD4014", InlinePath, 3, 3, $"`pdu.inspection_date` (line 3) is {date}, more than a year after today");
        }

        [Fact]
        public void InspectionBefore2000_IsReported()
        {
            var result = Read("pdu:\n  inspection_date: 1999-12-31\n");

            AssertSingle(result, "STD4014", InlinePath, 2, 3, "`pdu.inspection_date` (line 2) is 1999-12-31, before 2000");
        }

        [Fact]
        public void InspectionNextMonth_IsAccepted()
        {
            var result = Read($"pdu:\n  inspection_date: {DateTime.UtcNow.Date.AddMonths(1):yyyy-MM-dd}\n");

            AssertDiagnostics(result);
        }
    }
}
