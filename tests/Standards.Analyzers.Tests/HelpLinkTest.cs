using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Standards.Rules.Diagnostics;
using Xunit;

namespace Standards.Analyzers.Tests
{
    /// <summary>Help links follow the project's <c>StandardsHelpLinkBase</c> property, and fall back to the documented default.</summary>
    public sealed class HelpLinkTest
    {
        [Fact]
        public void The_project_property_sets_the_base_of_every_help_link()
        {
            var options = new Options(new Dictionary<string, string> { ["build_property.StandardsHelpLinkBase"] = "file:///opt/standards/docs/diagnostics/" });
            var helpBase = RuleDiagnosticDescriptors.HelpBase(options);
            Assert.Equal("file:///opt/standards/docs/diagnostics/STD1003.md", RuleDiagnosticDescriptors.For(DiagnosticCatalog.UnknownFactMember, helpBase).HelpLinkUri);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("docs/diagnostics")]
        public void Without_an_absolute_address_the_default_is_used(string? value)
        {
            var values = new Dictionary<string, string>();
            if (value != null) values["build_property.StandardsHelpLinkBase"] = value;
            Assert.Equal(Standards.Rules.Diagnostics.DiagnosticDescriptor.DefaultHelpBase, RuleDiagnosticDescriptors.HelpBase(new Options(values)));
        }

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> _values;

            public Options(Dictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
