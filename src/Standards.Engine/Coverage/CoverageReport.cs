using System.Collections.Generic;
using System.Linq;

namespace Standards.Engine.Coverage
{
    /// <summary>
    /// What a rulebook's example cases exercise: each characteristic's outcomes, each atom's deciding role and
    /// each key question's rungs. Percentages are of items covered; the total weighs every item once.
    /// </summary>
    public sealed class CoverageReport
    {
        internal CoverageReport(int exampleCount, IReadOnlyList<CharacteristicCoverage> characteristics, IReadOnlyList<AtomCoverage> atoms, IReadOnlyList<RungCoverage> rungs)
        {
            ExampleCount = exampleCount;
            Characteristics = characteristics;
            Atoms = atoms;
            Rungs = rungs;
        }

        /// <summary>The example cases whose evidence was rated.</summary>
        public int ExampleCount { get; }

        /// <summary>The characteristics.</summary>
        public IReadOnlyList<CharacteristicCoverage> Characteristics { get; }

        /// <summary>The atoms of conditions with more than one atom (a single-atom condition is covered by its characteristic's outcomes).</summary>
        public IReadOnlyList<AtomCoverage> Atoms { get; }

        /// <summary>The rungs.</summary>
        public IReadOnlyList<RungCoverage> Rungs { get; }

        /// <summary>Characteristic outcomes seen, of three per characteristic.</summary>
        public (int Covered, int Total) OutcomeCount => (Characteristics.Sum(c => c.Covered), 3 * Characteristics.Count);

        /// <summary>The atom count.</summary>
        public (int Covered, int Total) AtomCount => (Atoms.Count(a => a.Covered), Atoms.Count);

        /// <summary>The rung count.</summary>
        public (int Covered, int Total) RungCount => (Rungs.Count(r => r.Reached), Rungs.Count);

        /// <summary>Every item at once: characteristic outcomes, atoms and rungs, as a percentage (100 when there is nothing to cover).</summary>
        public double Percent
        {
            get
            {
                int covered = OutcomeCount.Covered + AtomCount.Covered + RungCount.Covered;
                int total = OutcomeCount.Total + AtomCount.Total + RungCount.Total;
                return total == 0 ? 100 : 100.0 * covered / total;
            }
        }

        /// <summary>The part of the report for one standard.</summary>
        public CoverageReport ForStandard(string standardId) => new CoverageReport(
            ExampleCount,
            Characteristics.Where(c => c.Standard.Id == standardId).ToList(),
            Atoms.Where(a => Characteristics.Any(c => c.Standard.Id == standardId && ReferenceEquals(c.Characteristic, a.Characteristic))).ToList(),
            Rungs.Where(r => r.Standard.Id == standardId).ToList());
    }
}
