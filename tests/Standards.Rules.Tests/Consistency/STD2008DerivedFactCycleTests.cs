using System.Linq;
using Standards.Rules.Consistency;
using Standards.Rules.Diagnostics;
using Standards.Rules.Text;
using Xunit;
using static Standards.Rules.Tests.Consistency.ConsistencyFixture;

namespace Standards.Rules.Tests.Consistency
{
    /// <summary>
    /// Conditions can only read evidence, so a rulebook cannot express a cycle today; these tests build the
    /// dependency graph by hand to show the check finds one, and show a loaded rulebook's graph has none.
    /// </summary>
    public class STD2008DerivedFactCycleTests
    {
        private static SourceSpan At(int line, int column) => new SourceSpan(StandardPath, 0, 1, line, column, line, column + 1);

        [Fact]
        public void A_characteristic_reading_the_overall_rating_closes_a_cycle_reported_at_the_read()
        {
            var graph = new DerivedFactGraph();
            graph.AddEdge(new DependencyEdge("overall", "standard P1.2", At(2, 7)));
            graph.AddEdge(new DependencyEdge("standard P1.2", "key question P1.2.1", At(8, 9)));
            graph.AddEdge(new DependencyEdge("key question P1.2.1", "characteristic ri", At(11, 9)));
            graph.AddEdge(new DependencyEdge("characteristic ri", "evidence case_sample.oversight_sufficient_percent", At(14, 11), isRead: true));
            graph.AddEdge(new DependencyEdge("characteristic ri", "overall", At(14, 60), isRead: true));

            var bag = new DiagnosticBag();
            CycleCheckProbe.Run(graph, bag);

            var d = Assert.Single(bag.ToSortedList());
            Assert.Equal("STD2008", d.Id);
            Assert.Equal(DiagnosticSeverity.Error, d.Severity);
            Assert.Equal((14, 60), (d.Span.Line, d.Span.Column));
            Assert.Equal(new[] { 2, 8, 11 }, d.AdditionalSpans.Select(s => s.Line).OrderBy(l => l).ToArray());
            Assert.Contains("characteristic ri reads overall", d.Message);
        }

        [Fact]
        public void The_cycle_found_lists_its_edges_in_order()
        {
            var graph = new DerivedFactGraph();
            graph.AddEdge(new DependencyEdge("a", "b", SourceSpan.None));
            graph.AddEdge(new DependencyEdge("b", "c", SourceSpan.None));
            graph.AddEdge(new DependencyEdge("c", "b", SourceSpan.None));
            var cycle = graph.FindCycle();
            Assert.NotNull(cycle);
            Assert.Equal(new[] { "b -> c", "c -> b" }, cycle!.Select(e => e.ToString()).ToArray());
        }

        [Fact]
        public void A_self_dependency_is_a_cycle()
        {
            var graph = new DerivedFactGraph();
            graph.AddEdge(new DependencyEdge("a", "a", SourceSpan.None));
            Assert.Single(graph.FindCycle()!);
        }

        [Fact]
        public void A_chain_without_a_loop_has_no_cycle_even_when_deep()
        {
            var graph = new DerivedFactGraph();
            for (int i = 0; i < 100_000; i++) graph.AddEdge(new DependencyEdge("n" + i, "n" + (i + 1), SourceSpan.None));
            graph.AddEdge(new DependencyEdge("n0", "n50000", SourceSpan.None));
            Assert.Null(graph.FindCycle());
        }

        [Fact]
        public void A_loaded_rulebook_links_characteristics_to_evidence_only()
        {
            var yaml = Standard(
                Characteristic("ri", "supports: requires_improvement", "percent(case_sample.cases where oversight_sufficient) >= 50%"),
                Characteristic("cap", "caps: inadequate", "not judgements.reflective_practice_evident"));
            var result = Load(yaml);
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "STD2008");
            var graph = DerivedFactGraphBuilder.Build(result.Rulebook!.Standards);
            Assert.Null(graph.FindCycle());
            Assert.Contains(graph.EdgesFrom("key question P1.2.1"), e => e.To == "characteristic ri");
            Assert.Contains(graph.EdgesFrom("standard P1.2"), e => e.To == "characteristic cap");
            Assert.Equal(
                new[] { "evidence case_sample.cases", "evidence case_sample.cases.oversight_sufficient" },
                graph.EdgesFrom("characteristic ri").Select(e => e.To).OrderBy(t => t).ToArray());
        }

        [Fact]
        public void A_characteristic_named_like_an_evidence_group_still_reads_evidence()
        {
            var yaml = Standard(
                Characteristic("surveys", "supports: requires_improvement", "surveys.spo_induction_percent >= 12%"));
            var result = Load(yaml);
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "STD2008");
            var graph = DerivedFactGraphBuilder.Build(result.Rulebook!.Standards, Schema.Root);
            Assert.Equal("evidence surveys.spo_induction_percent", Assert.Single(graph.EdgesFrom("characteristic surveys")).To);
            Assert.Null(graph.FindCycle());
        }

        [Fact]
        public void Without_the_evidence_contract_a_path_named_after_a_characteristic_links_to_it()
        {
            var yaml = Standard(
                Characteristic("surveys", "supports: requires_improvement", "surveys.spo_induction_percent >= 12%"));
            var graph = DerivedFactGraphBuilder.Build(Load(yaml).Rulebook!.Standards);
            Assert.Equal("characteristic surveys", Assert.Single(graph.EdgesFrom("characteristic surveys")).To);
            Assert.NotNull(graph.FindCycle());
        }
    }
}
