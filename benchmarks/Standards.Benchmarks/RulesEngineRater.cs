using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using RulesEngine.Models;
using Standards.Engine.Facts;
using Standards.Rules.Model;

namespace Standards.Benchmarks
{
    /// <summary>
    /// The reference rulebook run on Microsoft RulesEngine: one workflow with a rule per characteristic (its
    /// condition translated to Dynamic LINQ) and a rule per domain-two measure (an always-true rule whose
    /// <c>OutputExpression</c> action computes the measure). After RulesEngine has run every rule, the same
    /// ladder, caps, banding and overall logic is applied in C# by <see cref="OutcomeRater"/>.
    /// </summary>
    public sealed class RulesEngineRater
    {
        /// <summary>The workflow's name.</summary>
        public const string WorkflowName = "pdu-standards";

        /// <summary>The prefix of the rule names computing domain-two measures.</summary>
        public const string MeasurePrefix = "measure ";

        private readonly RulesEngine.RulesEngine _engine;
        private readonly Dictionary<string, int> _slots;
        private readonly bool[] _isMeasure;
        private readonly OutcomeRater _rater;

        public RulesEngineRater(Rulebook rulebook, ReSettings? settings = null)
        {
            Workflow = BuildWorkflow(rulebook);
            var rules = Workflow.Rules.ToList();
            _slots = new Dictionary<string, int>(StringComparer.Ordinal);
            _isMeasure = new bool[rules.Count];
            for (int i = 0; i < rules.Count; i++)
            {
                _slots.Add(rules[i].RuleName, i);
                _isMeasure[i] = rules[i].RuleName.StartsWith(MeasurePrefix, StringComparison.Ordinal);
            }

            _rater = new OutcomeRater(rulebook, id => _slots.TryGetValue(id, out var slot) ? slot : _slots[MeasurePrefix + id]);
            _engine = new RulesEngine.RulesEngine(new[] { Workflow }, settings ?? new ReSettings());
        }

        /// <summary>The workflow given to RulesEngine.</summary>
        public Workflow Workflow { get; }

        /// <summary>Translates the rulebook into one RulesEngine workflow over <c>input1</c> (a <see cref="PduEvidence"/>).</summary>
        public static Workflow BuildWorkflow(Rulebook rulebook)
        {
            var rules = new List<Rule>();
            foreach (var standard in rulebook.Bound.Standards)
            {
                foreach (var characteristic in standard.Characteristics)
                {
                    rules.Add(new Rule
                    {
                        RuleName = characteristic.Id,
                        RuleExpressionType = RuleExpressionType.LambdaExpression,
                        Expression = DynamicLinqTranslator.TranslateCondition(characteristic.Condition),
                    });
                }

                foreach (var keyQuestion in standard.KeyQuestions.Where(k => standard.Method == RatingMethod.LowestKeyQuestion))
                {
                    rules.Add(new Rule
                    {
                        RuleName = MeasurePrefix + keyQuestion.Id,
                        RuleExpressionType = RuleExpressionType.LambdaExpression,
                        Expression = "true",
                        Actions = new RuleActions
                        {
                            OnSuccess = new ActionInfo
                            {
                                Name = "OutputExpression",
                                Context = new Dictionary<string, object> { ["Expression"] = DynamicLinqTranslator.TranslateNumber(keyQuestion.Measure!) },
                            },
                        },
                    });
                }
            }

            return new Workflow { WorkflowName = WorkflowName, Rules = rules };
        }

        /// <summary>Runs every rule of the workflow on the evidence.</summary>
        public List<RuleResultTree> Execute(PduEvidence evidence) =>
            _engine.ExecuteAllRulesAsync(WorkflowName, evidence).GetAwaiter().GetResult();

        /// <summary>Runs every rule, then rates in C# from the outcomes.</summary>
        public RatingSummary Rate(PduEvidence evidence)
        {
            var results = Execute(evidence);
            var outcomes = new bool?[_isMeasure.Length];
            var measures = new double?[_isMeasure.Length];
            foreach (var result in results)
            {
                int slot = _slots[result.Rule.RuleName];
                if (_isMeasure[slot]) measures[slot] = MeasureOf(result);
                else outcomes[slot] = result.IsSuccess;
            }

            return _rater.Rate(outcomes, measures);
        }

        /// <summary>The value a measure rule's <c>OutputExpression</c> computed; null when it computed nothing.</summary>
        public static double? MeasureOf(RuleResultTree result)
        {
            var output = result.ActionResult?.Output;
            return output is null ? null : Convert.ToDouble(output, CultureInfo.InvariantCulture);
        }
    }
}
