using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Standards.Rules.Consistency
{
    /// <summary>Compares objects by reference, so syntax nodes equal in structure but at different positions stay apart.</summary>
    internal sealed class ReferenceComparer<T> : IEqualityComparer<T>
        where T : class
    {
        public static ReferenceComparer<T> Instance { get; } = new ReferenceComparer<T>();

        public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

        public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
