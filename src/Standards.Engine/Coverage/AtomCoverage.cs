using Standards.Rules.Expressions;
using Standards.Rules.Model;

namespace Standards.Engine.Coverage
{
    /// <summary>
    /// One comparison (atom) of a condition and whether the example cases showed it deciding the condition in
    /// the MC/DC sense: with the other atoms held at their values, flipping this one flips the condition. It is
    /// covered when that was shown with the atom true in one case and false in another.
    /// </summary>
    public sealed class AtomCoverage
    {
        internal AtomCoverage(Characteristic characteristic, Expr atom)
        {
            Characteristic = characteristic;
            Atom = atom;
        }

        /// <summary>The characteristic.</summary>
        public Characteristic Characteristic { get; }

        /// <summary>The atom.</summary>
        public Expr Atom { get; }

        /// <summary>Some case had the atom true and deciding the condition.</summary>
        public bool DecidedWhenTrue { get; internal set; }

        /// <summary>Some case had the atom false and deciding the condition.</summary>
        public bool DecidedWhenFalse { get; internal set; }

        /// <summary>Shown to decide the condition both ways.</summary>
        public bool Covered => DecidedWhenTrue && DecidedWhenFalse;
    }
}
