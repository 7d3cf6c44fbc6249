using System;
using System.Collections.Generic;

namespace Standards.Engine.Evidence
{
    /// <summary>
    /// The case ids seen so far in a case-sample file, kept as 64-bit hashes of their bytes (FNV-1a) with the row and
    /// line where each first appeared: about 24 bytes per case however long the ids are. Two different ids share a
    /// hash with a chance of about 1 in 37 million at a million cases; where the first row's record is still kept, the
    /// caller confirms the ids are really equal.
    /// </summary>
    internal sealed class CaseIdRegister
    {
        private readonly Dictionary<ulong, (int Row, int Line)> _seen = new Dictionary<ulong, (int Row, int Line)>();

        /// <summary>Records an id; returns where it was seen before, or null the first time.</summary>
        public (int Row, int Line)? Add(ReadOnlySpan<byte> id, int row, int line)
        {
            var hash = Hash(id);
            if (_seen.TryGetValue(hash, out var first)) return first;
            _seen[hash] = (row, line);
            return null;
        }

        private static ulong Hash(ReadOnlySpan<byte> bytes)
        {
            ulong hash = 14695981039346656037UL;
            foreach (var b in bytes)
            {
                hash ^= b;
                hash *= 1099511628211UL;
            }

            return hash;
        }
    }
}
