using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using NRules.RuleModel;
using Standards.Engine.Rating;
using Standards.Engine.Tests.Properties;
using Xunit;

namespace Standards.Engine.Tests.Rete
{
    /// <summary>Rule shape: each characteristic's three-valued outcome bound on a standard rule's left-hand side.</summary>
    public class OutcomeBindingEventsTest
    {
        /// <summary>The binding expressions of every rule, by the name they declare.</summary>
        private static Dictionary<Expression, string> Bindings(IEnumerable<IRuleDefinition> rules) =>
            rules.SelectMany(r => r.LeftHandSide.ChildElements.OfType<PatternElement>())
                .Where(p => p.Source is BindingElement)
                .ToDictionary(p => (Expression)((BindingElement)p.Source!).Expression, p => p.Declaration.Name);

        [Fact]
        public void NRules_reports_every_characteristic_outcome_as_the_report_shows_it()
        {
            var compiled = ReferenceRulebook.Compiled;
            var bindings = Bindings(compiled.Rules);
            var reported = new Dictionary<string, object?>();
            var session = compiled.OpenSession(ExampleEvidence.Read("partial-evidence"), s => s.Events.LhsExpressionEvaluatedEvent += (_, e) =>
            {
                if (bindings.TryGetValue(e.Expression, out var name)) reported[name] = e.Result;
            });

            var report = session.Report();

            var results = report.Standards.SelectMany(s => s.KeyQuestions.SelectMany(k => k.Supports).Concat(s.Caps)).ToList();
            Assert.Equal(compiled.Rulebook.Characteristics.Count(), results.Count);
            Assert.Contains(results, r => r.Outcome is null);
            Assert.All(results, r =>
            {
                Assert.True(reported.ContainsKey(r.Characteristic.Id), r.Characteristic.Id + " was not reported by NRules");
                Assert.Equal(r.Outcome, Assert.IsType<CharacteristicResult>(reported[r.Characteristic.Id]).Outcome);
            });
        }

        [Fact]
        public void Each_rule_carries_its_id_and_yaml_source()
        {
            var compiled = ReferenceRulebook.Compiled;
            foreach (var standard in compiled.Rulebook.Standards)
            {
                var rule = Assert.Single(compiled.Rules, r => r.Name == "standard " + standard.Id);
                Assert.Equal(standard.Id, rule.Properties["id"]);
                Assert.Equal($"{standard.Span.Path}:{standard.Span.Line}", rule.Properties["source"]);
            }

            var overall = Assert.Single(compiled.Rules, r => r.Name == "overall");
            Assert.StartsWith(compiled.Rulebook.Manifest.Span.Path + ":", (string)overall.Properties["source"]);
        }
    }
}
