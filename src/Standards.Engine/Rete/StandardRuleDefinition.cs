using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using Standards.Engine.Compilation;
using Standards.Engine.Evidence;
using Standards.Engine.Facts;
using Standards.Rules.Model;

namespace Standards.Engine.Rete
{
    /// <summary>
    /// Builds one standard's NRules rule. Its left-hand side matches the PDU's key and the evidence sections
    /// the standard reads, then binds, in order: the evidence those sections make up; each characteristic's
    /// three-valued outcome (one binding per characteristic, so NRules reports every outcome); each domain-two
    /// measure; each key question's judgement; and the standard's rating. The action inserts the rating.
    /// </summary>
    internal static class StandardRuleDefinition
    {
        public const string KeyName = "pduKey";
        public const string EvidenceName = "evidence";
        public const string ResultName = "rating";

        public static IRuleDefinition Build(StandardRulePlan plan, int priority)
        {
            var standard = plan.Standard;
            var root = EvidenceSchema.Instance.Root;
            var builder = new RuleBuilder();
            builder.Name("standard " + standard.Id);
            builder.Priority(priority);
            builder.Tag("standard");
            builder.Property("id", standard.Id);
            builder.Property("source", $"{standard.Span.Path}:{standard.Span.Line}");
            var lhs = builder.LeftHandSide();
            var key = RuleBindings.Read(lhs.Pattern(typeof(EvidenceKey), KeyName));

            var evidence = Expression.Parameter(typeof(PduEvidence), EvidenceName);
            var conditions = standard.Characteristics.Select(c => ConditionCompiler.ConditionBody(c.Condition, root, evidence)).ToList();
            var measures = standard.KeyQuestions.Select(k => k.Measure is null ? null : ConditionCompiler.NumberBody(k.Measure, root, evidence)).ToList();
            var sections = SectionReads.Find(conditions.Concat(measures.Where(m => m != null))!, evidence);

            var sectionReads = new List<ParameterExpression>();
            var assignments = new List<MemberBinding>();
            foreach (var property in sections)
            {
                var pattern = lhs.Pattern(EvidenceSections.FactType(property), "section " + property.Name);
                var section = RuleBindings.Read(pattern);
                pattern.Condition(Expression.Lambda(Expression.ReferenceEqual(Expression.Property(section, nameof(EvidenceSection.Key)), key), section, key));
                sectionReads.Add(section);
                assignments.Add(Expression.Bind(property, Expression.Property(section, "Value")));
            }

            RuleBindings.Bind(lhs, EvidenceName, Expression.MemberInit(Expression.New(typeof(PduEvidence)), assignments), sectionReads);
            var outcomes = new ParameterExpression[conditions.Count];
            for (var i = 0; i < conditions.Count; i++)
            {
                outcomes[i] = RuleBindings.Bind(lhs, standard.Characteristics[i].Id, conditions[i], new[] { evidence });
            }

            var judgements = new List<ParameterExpression>();
            var planConstant = Expression.Constant(plan);
            for (var k = 0; k < standard.KeyQuestions.Count; k++)
            {
                var keyQuestion = standard.KeyQuestions[k];
                Expression judge;
                ParameterExpression[] inputs;
                if (measures[k] is Expression measureBody)
                {
                    var measure = RuleBindings.Bind(lhs, "measure " + keyQuestion.Id, measureBody, new[] { evidence });
                    judge = Expression.Call(planConstant, nameof(StandardRulePlan.BandMeasure), null, Expression.Constant(k), evidence, measure);
                    inputs = new[] { evidence, measure };
                }
                else
                {
                    var supports = plan.Supports[k].Select(i => outcomes[i]).ToArray();
                    judge = Expression.Call(planConstant, nameof(StandardRulePlan.JudgeLadder), null, Expression.Constant(k), evidence,
                        Expression.NewArrayInit(typeof(bool?), supports));
                    inputs = supports.Prepend(evidence).ToArray();
                }

                judgements.Add(RuleBindings.Bind(lhs, keyQuestion.Id, judge, inputs));
            }

            var caps = plan.Caps.Select(i => outcomes[i]).ToArray();
            var rate = Expression.Call(planConstant, nameof(StandardRulePlan.Rate), null, key,
                Expression.NewArrayInit(typeof(Rating.KeyQuestionJudgement), judgements), evidence, Expression.NewArrayInit(typeof(bool?), caps));
            var rating = RuleBindings.Bind(lhs, ResultName, rate, judgements.Concat(caps).Prepend(evidence).Prepend(key));
            LinkedResult.Add(builder.RightHandSide(), rating);
            return builder.Build();
        }
    }
}
