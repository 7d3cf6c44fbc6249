#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices
{
    /// <summary>Allows init-only setters and records on netstandard2.0.</summary>
    internal static class IsExternalInit
    {
    }
}
#endif
