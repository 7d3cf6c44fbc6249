namespace Standards.Rules.Consistency
{
    /// <summary>
    /// A condition as two regions: where it holds and where it fails (for known evidence). Both are computed
    /// from the syntax, pushing <c>not</c> down to the comparisons, so no region ever has to be complemented.
    /// </summary>
    internal sealed class NormalForm
    {
        /// <summary>Creates a normal form from its two regions.</summary>
        public NormalForm(Region holds, Region fails)
        {
            Holds = holds;
            Fails = fails;
        }

        /// <summary>The evidence values for which the condition is true.</summary>
        public Region Holds { get; }

        /// <summary>The evidence values for which the condition is false.</summary>
        public Region Fails { get; }

        /// <summary>True when the condition can never hold.</summary>
        public bool IsContradiction => Holds.IsEmpty;

        /// <summary>True when the condition holds whatever the (known) evidence.</summary>
        public bool IsTautology => Fails.IsEmpty;

        /// <summary>True when either region could not be analysed.</summary>
        public bool IsOpaque => Holds.IsOpaque || Fails.IsOpaque;

        /// <summary>True when this condition holding guarantees <paramref name="other"/> holds. False when unknown.</summary>
        public bool Implies(NormalForm other) => Holds.And(other.Fails).IsEmpty;

        /// <summary>True when both conditions hold for exactly the same evidence. False when unknown.</summary>
        public bool EquivalentTo(NormalForm other) => Implies(other) && other.Implies(this);

        /// <summary>True when the two conditions can never hold together. False when unknown.</summary>
        public bool DisjointFrom(NormalForm other) => Holds.And(other.Holds).IsEmpty;

        /// <summary>True when the two conditions can hold together. False when unknown.</summary>
        public bool Overlaps(NormalForm other)
        {
            var both = Holds.And(other.Holds);
            return !both.IsOpaque && both.Boxes.Count > 0;
        }
    }
}
