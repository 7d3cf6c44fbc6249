using System;
using System.Collections.Generic;
using System.Linq;
using Standards.Engine.Compilation;
using Standards.Engine.Facts;
using Standards.Rules.Expressions;
using Standards.Rules.Model;

namespace Standards.Engine.Coverage
{
    /// <summary>
    /// Evaluates every atom of a rulebook's conditions on evidence with the engine itself: each atom becomes a
    /// characteristic of a probe rulebook (same standards and key questions), so its three-valued outcome is
    /// exactly what the engine gives that part of the condition.
    /// </summary>
    internal sealed class AtomProbe
    {
        private readonly CompiledRulebook _probe;
        private readonly Dictionary<Characteristic, Expr> _atomOf = new Dictionary<Characteristic, Expr>();

        public AtomProbe(Rulebook rulebook)
        {
            var grade = rulebook.Manifest.Scale.Grades[Math.Min(1, rulebook.Manifest.Scale.Grades.Count - 1)].Id;
            var standards = new List<Standard>();
            foreach (var standard in rulebook.Standards)
            {
                var probes = new List<Characteristic>();
                foreach (var characteristic in standard.Characteristics)
                {
                    foreach (var atom in ConditionAtoms.Of(characteristic.Condition))
                    {
                        var probe = new Characteristic($"{characteristic.Id}#atom{probes.Count}", characteristic.KeyQuestionId, CharacteristicRole.Supports, grade,
                            atom, ExpressionPrinter.Print(atom), "coverage probe", atom.Span, atom.Span);
                        _atomOf[probe] = atom;
                        probes.Add(probe);
                    }
                }

                var keyQuestions = standard.KeyQuestions.Select(k => new KeyQuestion(k.Id, k.Question, k.Prompts, null, k.Span)).ToList();
                standards.Add(new Standard(standard.Id, standard.Title, standard.Statement, standard.Domain, RatingMethod.Characteristics, keyQuestions, probes, standard.Span));
            }

            _probe = CompiledRulebook.Compile(new Rulebook(rulebook.Manifest, standards, Array.Empty<ExampleCase>(), rulebook.ContentHash));
        }

        /// <summary>Every atom's outcome on <paramref name="evidence"/>: true, false, or null when evidence is missing.</summary>
        public IReadOnlyDictionary<Expr, bool?> Evaluate(PduEvidence evidence)
        {
            var values = new Dictionary<Expr, bool?>(ReferenceEqualityComparer.Instance);
            foreach (var result in _probe.Rate(evidence).Standards.SelectMany(s => s.KeyQuestions).SelectMany(k => k.Supports))
            {
                if (_atomOf.TryGetValue(result.Characteristic, out var atom)) values[atom] = result.Outcome;
            }

            return values;
        }
    }
}
