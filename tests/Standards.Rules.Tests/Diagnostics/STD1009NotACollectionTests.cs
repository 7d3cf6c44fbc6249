using Xunit;
using static Standards.Rules.Tests.Diagnostics.RuleFiles;

namespace Standards.Rules.Tests.Diagnostics
{
    /// <summary>STD1009: an aggregate over something that is not a list, or a list read without an aggregate.</summary>
    public class STD1009NotACollectionTests
    {
        [Fact]
        public void CountOfAGroup_IsReportedAtTheSource()
        {
            // `count(` is columns 11-16, so the source starts at column 17.
            var result = LoadCondition("count(workforce.po) > 2");

            AssertSingle(result, "STD1009", StandardPath, WhenLine, 17, "`count` works over a list of records, but `workforce.po` is a group of fields");
        }

        [Fact]
        public void ListReadWithoutAnAggregate_IsReportedAtTheListSegment()
        {
            var result = LoadCondition("case_sample.cases.oversight_sufficient");

            AssertSingle(result, "STD1009", StandardPath, WhenLine, 23,
                "`case_sample.cases` is a list; read it with an aggregate such as `count(case_sample.cases where ...)`");
        }

        [Fact]
        public void AggregateOverAList_IsAccepted()
        {
            var result = LoadCondition("percent(case_sample.cases where oversight_sufficient) >= 65%");

            AssertDiagnostics(result);
        }
    }
}
