using Xunit;

namespace Standards.Cli.Tests.Faults
{
    /// <summary>Runs <see cref="ServeUnderFaultsTests"/> alone, so its timings are not shared with browser tests of the same assembly.</summary>
    [CollectionDefinition(nameof(ServeUnderFaultsTests), DisableParallelization = true)]
    public sealed class ServeUnderFaultsCollection
    {
    }
}
