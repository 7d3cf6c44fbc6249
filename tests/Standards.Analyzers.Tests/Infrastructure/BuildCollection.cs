using Xunit;

namespace Standards.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// The tests that run <c>dotnet build</c> or <c>dotnet pack</c> as processes. One collection, so they run one at
    /// a time rather than competing for the machine's cores; they still run alongside the in-process tests.
    /// </summary>
    [CollectionDefinition(Name)]
    public sealed class BuildCollection
    {
        public const string Name = "dotnet build processes";
    }
}
