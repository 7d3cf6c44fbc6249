using System.IO;
using System.Linq;
using Standards.Rules.Consistency;
using Standards.Rules.Loading;
using Xunit;

namespace Standards.Rules.Tests.Consistency
{
    public class ReferenceRulebookConsistencyTests
    {
        [Fact]
        public void The_reference_rulebook_loads_without_any_diagnostic()
        {
            var result = RulebookLoader.LoadDirectory(Path.Combine(ConsistencyFixture.RepositoryRoot(), "rules"), ConsistencyFixture.Schema);
            Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
            Assert.NotNull(result.Rulebook);
        }

        [Fact]
        public void The_reference_rulebook_has_no_consistency_diagnostic()
        {
            var result = RulebookLoader.LoadDirectory(Path.Combine(ConsistencyFixture.RepositoryRoot(), "rules"), ConsistencyFixture.Schema);
            var consistency = result.Diagnostics.Where(d => d.Id.StartsWith("STD2", System.StringComparison.Ordinal)).ToList();
            Assert.True(consistency.Count == 0, string.Join("\n", consistency));
        }

        [Fact]
        public void Every_reference_condition_is_analysed_without_giving_up()
        {
            var result = RulebookLoader.LoadDirectory(Path.Combine(ConsistencyFixture.RepositoryRoot(), "rules"), ConsistencyFixture.Schema);
            var normaliser = new ConditionNormaliser();
            var opaque = result.Rulebook!.Bound.Characteristics.Where(c => normaliser.Normalise(c.Condition).IsOpaque).Select(c => c.Id).ToList();
            Assert.Empty(opaque);
        }

        [Fact]
        public void The_reference_rating_chain_has_no_cycle()
        {
            var result = RulebookLoader.LoadDirectory(Path.Combine(ConsistencyFixture.RepositoryRoot(), "rules"), ConsistencyFixture.Schema);
            var graph = DerivedFactGraphBuilder.Build(result.Rulebook!.Standards);
            Assert.Null(graph.FindCycle());
            Assert.Contains("evidence case_sample.oversight_sufficient_percent", graph.Nodes);
        }
    }
}
