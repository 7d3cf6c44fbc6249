using System.Collections.Generic;
using System.Linq;
using Standards.Engine.Compilation;
using Standards.Engine.Evidence;
using Standards.Rules.Expressions;
using Standards.Rules.Model;

namespace Standards.Engine.Coverage
{
    /// <summary>
    /// Measures what a rulebook's example cases exercise (<c>standards test --coverage</c>), the way policy
    /// tools measure tests: characteristic outcomes, MC/DC for the atoms of each condition, and the rungs of
    /// each key question. Examples whose evidence is invalid are skipped.
    /// </summary>
    public static class RulebookCoverage
    {
        /// <summary>Rates <paramref name="examples"/> (all of the rulebook's when null) and records what they exercised.</summary>
        public static CoverageReport Measure(CompiledRulebook rulebook, IEnumerable<ExampleCase>? examples = null)
        {
            var model = rulebook.Rulebook;
            var characteristics = model.Standards.SelectMany(s => s.Characteristics.Select(c => new CharacteristicCoverage(s, c))).ToList();
            var byCharacteristic = characteristics.ToDictionary(c => c.Characteristic);
            var atoms = characteristics
                .Select(c => (c, Atoms: ConditionAtoms.Of(c.Characteristic.Condition)))
                .Where(x => x.Atoms.Count > 1)
                .SelectMany(x => x.Atoms.Select(a => new AtomCoverage(x.c.Characteristic, a)))
                .ToList();
            var rungs = model.Standards
                .SelectMany(s => s.KeyQuestions.SelectMany(k => model.Manifest.Scale.Grades.Select(g => new RungCoverage(s, k, g))))
                .ToList();
            var probe = atoms.Count > 0 ? new AtomProbe(model) : null;

            int rated = 0;
            foreach (var example in examples ?? model.Examples)
            {
                var evidence = EvidenceReader.FromNode(example.Evidence).Evidence;
                if (evidence is null) continue;
                rated++;
                var report = rulebook.Rate(evidence);
                foreach (var standard in report.Standards)
                {
                    foreach (var result in standard.Caps.Concat(standard.KeyQuestions.SelectMany(k => k.Supports)))
                    {
                        if (!byCharacteristic.TryGetValue(result.Characteristic, out var coverage)) continue;
                        if (result.Outcome == true) coverage.Held = true;
                        else if (result.Outcome == false) coverage.Failed = true;
                        else coverage.Unknown = true;
                    }

                    foreach (var judgement in standard.KeyQuestions.Where(k => k.Range.IsExact))
                    {
                        foreach (var rung in rungs.Where(r => ReferenceEquals(r.KeyQuestion, judgement.KeyQuestion) && r.Grade.Id == judgement.Range.Low.Id)) rung.Reached = true;
                    }
                }

                if (probe != null) Decide(atoms, probe.Evaluate(evidence));
            }

            return new CoverageReport(rated, characteristics, atoms, rungs);
        }

        /// <summary>Marks each atom that, with the others held, flips its condition's known outcome.</summary>
        private static void Decide(IReadOnlyList<AtomCoverage> atoms, IReadOnlyDictionary<Expr, bool?> values)
        {
            foreach (var atom in atoms)
            {
                if (!values.TryGetValue(atom.Atom, out var value) || value is null) continue;
                var condition = atom.Characteristic.Condition;
                var outcome = ConditionAtoms.Evaluate(condition, values);
                var flipped = new Dictionary<Expr, bool?>(ReferenceEqualityComparer.Instance);
                foreach (var pair in values) flipped[pair.Key] = pair.Value;
                flipped[atom.Atom] = !value;
                var other = ConditionAtoms.Evaluate(condition, flipped);
                if (outcome is null || other is null || outcome == other) continue;
                if (value == true) atom.DecidedWhenTrue = true;
                else atom.DecidedWhenFalse = true;
            }
        }
    }
}
