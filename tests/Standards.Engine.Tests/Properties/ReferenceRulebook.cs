using Standards.Engine.Compilation;
using Standards.Engine.Evidence;
using Standards.Rules.Loading;
using Xunit;

namespace Standards.Engine.Tests.Properties
{
    /// <summary>The embedded reference rulebook, loaded and compiled once for the property tests.</summary>
    internal static class ReferenceRulebook
    {
        private static readonly System.Lazy<CompiledRulebook> Instance = new(() =>
        {
            var result = RulebookLoader.Load(DefaultRulebook.Sources(), EvidenceSchema.Instance);
            Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
            return CompiledRulebook.Compile(result.Rulebook!);
        });

        public static CompiledRulebook Compiled => Instance.Value;
    }
}
