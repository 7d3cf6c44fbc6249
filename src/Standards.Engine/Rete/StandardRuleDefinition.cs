using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using Standards.Engine.Compilation;
using Standards.Engine.Facts;
using Standards.Engine.Presentation;
using Standards.Engine.Rating;

namespace Standards.Engine.Rete
{
    /// <summary>
    /// Builds one standard's NRules rule. Its left-hand side matches the PDU's key and the evidence sections
    /// the standard reads, then binds, in order: the evidence those sections make up; each characteristic's
    /// three-valued outcome (one binding per characteristic, named by its id, so NRules reports every
    /// outcome); each domain-two key question's judgement from its measure; and the standard's rating, with
    /// the supports ladders and caps. The action only inserts the rating.
    /// </summary>
    internal static class StandardRuleDefinition
    {
        public const string KeyName = "pduKey";
        public const string EvidenceName = "evidence";
        public const string ResultName = "rating";

        public static IRuleDefinition Build(StandardRulePlan plan, int priority)
        {
            var standard = plan.Standard;
            var builder = new RuleBuilder();
            builder.Name("standard " + standard.Id);
            builder.Priority(priority);
            builder.Tag("standard");
            builder.Property("id", standard.Id);
            builder.Property("source", SourceText.Of(standard.Standard.Span));
            var lhs = builder.LeftHandSide();
            var key = RuleBindings.Read(lhs.Pattern(typeof(EvidenceKey), KeyName));

            var evidence = Expression.Parameter(typeof(PduEvidence), EvidenceName);
            var conditions = standard.Characteristics.Select(c => ConditionCompiler.ConditionBody(c.Condition, evidence)).ToList();
            var measures = standard.KeyQuestions.Select(k => k.Measure is null ? null : ConditionCompiler.NumberBody(k.Measure, evidence)).ToList();
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

            var plans = Expression.Constant(plan);
            var measured = new List<ParameterExpression>();
            for (var k = 0; k < standard.KeyQuestions.Count; k++)
            {
                if (measures[k] is Expression measure)
                {
                    var judge = Expression.Call(plans, nameof(StandardRulePlan.BandMeasure), null, Expression.Constant(k), evidence, measure);
                    measured.Add(RuleBindings.Bind(lhs, standard.KeyQuestions[k].Id, judge, new[] { evidence }));
                }
            }

            var rate = Expression.Call(plans, nameof(StandardRulePlan.Rate), null, key, evidence,
                Expression.NewArrayInit(typeof(bool?), outcomes), Expression.NewArrayInit(typeof(KeyQuestionJudgement), measured));
            var rating = RuleBindings.Bind(lhs, ResultName, rate, outcomes.Concat(measured).Prepend(evidence).Prepend(key));
            LinkedResult.Add(builder.RightHandSide(), rating);
            return builder.Build();
        }
    }
}
