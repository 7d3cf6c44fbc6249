using System.Collections.Generic;
using System.Linq;
using Standards.Engine.Evidence;
using Standards.Rules.Binding;
using Standards.Rules.Diagnostics;
using Standards.Rules.Expressions;
using Xunit;

namespace Standards.Engine.Tests.Conformance
{
    /// <summary>Runs every YAML conformance case under tests/cases against every back end.</summary>
    public class ConformanceTests
    {
        private static readonly IConditionBackEnd[] BackEnds = { new CompiledDelegateBackEnd(), new TracedBackEnd(), new SessionBackEnd(), new KernelBackEnd() };

        public static IEnumerable<object[]> Cases() =>
            from i in Enumerable.Range(0, ConformanceCases.All.Count)
            from backEnd in BackEnds
            select new object[] { ConformanceCases.All[i].ToString(), backEnd.Name, i };

        [Fact]
        public void There_are_conformance_cases_for_every_part_of_the_language()
        {
            var files = ConformanceCases.All.Select(c => c.File).Distinct().ToList();
            Assert.Equal(new[] { "aggregates.yaml", "arithmetic.yaml", "between-and-in.yaml", "logic.yaml", "units.yaml" }, files.OrderBy(f => f));
            Assert.True(ConformanceCases.All.Count >= 35, $"only {ConformanceCases.All.Count} cases");
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void The_back_end_gives_the_expected_outcome_and_readings(string name, string backEndName, int index)
        {
            var c = ConformanceCases.All[index];
            var backEnd = BackEnds.Single(b => b.Name == backEndName);
            var bag = new DiagnosticBag();
            var expr = ExpressionParser.Parse(c.Condition, bag);
            Assert.True(expr != null, $"{name}: {string.Join("; ", bag.ToSortedList())}");
            var bound = ExpressionBinder.BindCondition(expr!, EvidenceSchema.Instance.Root, bag);
            Assert.True(bound != null, $"{name}: {string.Join("; ", bag.ToSortedList())}");
            var evidence = EvidenceReader.FromNode(c.Evidence);
            Assert.True(evidence.Evidence != null, $"{name}: {string.Join("; ", evidence.Diagnostics)}");

            var (outcome, readings) = backEnd.Evaluate(bound!, c.Condition, evidence.Evidence!);

            Assert.True(c.Outcome == outcome, $"{name} on the {backEndName}: expected {Words(c.Outcome)}, got {Words(outcome)}");
            if (c.Readings != null && readings != null)
            {
                Assert.Equal(c.Readings.OrderBy(r => r.Key), readings.Select(r => new KeyValuePair<string, string>(r.Path, r.Display)).OrderBy(r => r.Key));
            }
        }

        private static string Words(bool? outcome) => outcome == true ? "true" : outcome == false ? "false" : "unknown";
    }
}
