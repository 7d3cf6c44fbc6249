using System;
using System.Collections.Generic;

namespace Standards.Engine.Runtime
{
    /// <summary>
    /// Equality and ordering of tuple keys. A key encodes a tuple by fact sequence numbers: a single
    /// element as its sequence number (≥ 0), a collection as <c>-(count+1)</c> followed by the
    /// sequence numbers of its elements. Since a session holds each instance once, equal keys mean
    /// the same fact instances (and the same collected sequence).
    /// </summary>
    internal sealed class TupleKeyComparer : IEqualityComparer<int[]>, IComparer<int[]>
    {
        public static readonly TupleKeyComparer Instance = new();

        public bool Equals(int[]? x, int[]? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

        public int GetHashCode(int[] obj)
        {
            var hash = new HashCode();
            foreach (var v in obj)
            {
                hash.Add(v);
            }

            return hash.ToHashCode();
        }

        /// <summary>Lexicographic order; a proper prefix sorts first.</summary>
        public int Compare(int[]? x, int[]? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null)
            {
                return -1;
            }

            if (y is null)
            {
                return 1;
            }

            return x.AsSpan().SequenceCompareTo(y);
        }
    }
}
