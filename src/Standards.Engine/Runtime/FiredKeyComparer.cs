using System;
using System.Collections.Generic;

namespace Standards.Engine.Runtime
{
    /// <summary>
    /// Equality of refraction entries: a rule's declaration index with a tuple key (see
    /// <see cref="TupleKeyComparer"/>), so that one set per session serves every rule.
    /// </summary>
    internal sealed class FiredKeyComparer : IEqualityComparer<(int Rule, int[] Key)>
    {
        public static readonly FiredKeyComparer Instance = new();

        public bool Equals((int Rule, int[] Key) x, (int Rule, int[] Key) y) =>
            x.Rule == y.Rule && TupleKeyComparer.Instance.Equals(x.Key, y.Key);

        public int GetHashCode((int Rule, int[] Key) obj) =>
            HashCode.Combine(obj.Rule, TupleKeyComparer.Instance.GetHashCode(obj.Key));
    }
}
