using System.Collections.Generic;
using System.Linq;
using Standards.Rules.Diagnostics;
using Standards.Rules.Facts;
using Standards.Rules.Model;

namespace Standards.Rules.Binding
{
    /// <summary>
    /// The bind stage: binds every characteristic condition and domain-two measure against the evidence
    /// contract and resolves grade and key question references to objects. Problems are collected; what
    /// could not bind is left out and its standard marked incomplete.
    /// </summary>
    internal static class RulebookBinder
    {
        /// <summary>Binds <paramref name="standards"/>; grades resolve against <paramref name="scale"/> when there is one.</summary>
        public static IReadOnlyList<BoundStandard> Bind(IEnumerable<Standard> standards, GradeScale? scale, FactType root, DiagnosticBag diagnostics) =>
            standards.Select(s => BindStandard(s, scale, root, diagnostics)).ToList();

        private static BoundStandard BindStandard(Standard standard, GradeScale? scale, FactType root, DiagnosticBag diagnostics)
        {
            bool complete = scale != null;
            var keyQuestions = new Dictionary<string, KeyQuestion>();
            foreach (var kq in standard.KeyQuestions)
            {
                if (!keyQuestions.ContainsKey(kq.Id)) keyQuestions.Add(kq.Id, kq);
            }

            var characteristics = new List<BoundCharacteristic>();
            foreach (var characteristic in standard.Characteristics)
            {
                var condition = ExpressionBinder.BindCondition(characteristic.Condition, root, diagnostics);
                var grade = scale?.Find(characteristic.GradeId);
                keyQuestions.TryGetValue(characteristic.KeyQuestionId, out var keyQuestion);
                if (condition is null || grade is null || keyQuestion is null)
                {
                    complete = false;
                    continue;
                }

                characteristics.Add(new BoundCharacteristic(standard, keyQuestion, characteristic, grade, condition));
            }

            var bound = new List<BoundKeyQuestion>();
            foreach (var kq in standard.KeyQuestions)
            {
                BoundExpr? measure = null;
                if (kq.Measure != null)
                {
                    measure = ExpressionBinder.BindMeasure(kq.Measure, root, diagnostics);
                    if (measure is null) complete = false;
                }

                var supports = characteristics.Where(c => c.IsSupport && ReferenceEquals(c.KeyQuestion, kq)).ToList();
                bound.Add(new BoundKeyQuestion(standard, kq, supports, measure));
            }

            return new BoundStandard(standard, bound, characteristics, complete);
        }
    }
}
