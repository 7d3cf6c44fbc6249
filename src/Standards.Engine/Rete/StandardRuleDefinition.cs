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
    /// result with its three-valued outcome (one binding per characteristic, named by its id, so NRules
    /// evaluates and reports every outcome); each domain-two key question's judgement from its measure; and
    /// the standard's rating, with the supports ladders and caps. The action only inserts the rating.
    /// </summary>
    internal static class StandardRuleDefinition
    {
        public const string KeyName = "pduKey";
        public const string EvidenceName = "evidence";
        public const string ResultName = "rating";

        /// <summary>
        /// An expression over the evidence, read from <paramref name="previous"/>: the evidence binding itself, or the
        /// evidence a characteristic result or key question judgement carries.
        /// </summary>
        private static Expression OverEvidence(ParameterExpression previous, System.Func<ParameterExpression, Expression> body)
        {
            if (previous.Type == typeof(PduEvidence)) return body(previous);
            var evidence = Expression.Variable(typeof(PduEvidence), EvidenceName);
            var inner = body(evidence);
            return Expression.Block(inner.Type, new[] { evidence },
                Expression.Assign(evidence, Expression.Property(previous, nameof(CharacteristicResult.Evidence))), inner);
        }

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
            var measures = standard.KeyQuestions.Where(k => k.Measure != null).Select(k => ConditionCompiler.NumberBody(k.Measure!, evidence));
            var sections = SectionReads.Find(conditions.Concat(measures), evidence);

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

            // Each binding reads only the binding just before it and takes the evidence from it: NRules reads a
            // declaration by walking the tuple back to it, one step per binding in between, in code it unrolls.
            var previous = RuleBindings.Bind(lhs, EvidenceName, Expression.MemberInit(Expression.New(typeof(PduEvidence)), assignments), sectionReads);
            var plans = Expression.Constant(plan);
            var results = new List<ParameterExpression>();
            for (var i = 0; i < conditions.Count; i++)
            {
                var result = OverEvidence(previous, e => Expression.Call(plans, nameof(StandardRulePlan.Result), null, Expression.Constant(i),
                    ConditionCompiler.ConditionBody(standard.Characteristics[i].Condition, e), e));
                previous = RuleBindings.Bind(lhs, standard.Characteristics[i].Id, result, new[] { previous });
                results.Add(previous);
            }

            var measured = new List<ParameterExpression>();
            for (var k = 0; k < standard.KeyQuestions.Count; k++)
            {
                if (standard.KeyQuestions[k].Measure is { } measure)
                {
                    var judge = OverEvidence(previous, e => Expression.Call(plans, nameof(StandardRulePlan.BandMeasure), null, Expression.Constant(k), e,
                        ConditionCompiler.NumberBody(measure, e)));
                    previous = RuleBindings.Bind(lhs, standard.KeyQuestions[k].Id, judge, new[] { previous });
                    measured.Add(previous);
                }
            }

            var rate = Expression.Call(plans, nameof(StandardRulePlan.Rate), null, key, evidence,
                Expression.NewArrayInit(typeof(CharacteristicResult), results), Expression.NewArrayInit(typeof(KeyQuestionJudgement), measured));
            var rating = RuleBindings.Bind(lhs, ResultName, rate, results.Concat(measured).Prepend(evidence).Prepend(key));
            LinkedResult.Add(builder.RightHandSide(), rating);
            return builder.Build();
        }
    }
}
