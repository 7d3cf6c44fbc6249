using System.Collections.Generic;
using Standards.Rules.Text;
using Standards.Rules.Yaml;

namespace Standards.Rules.Model
{
    /// <summary>An example case: evidence plus the ratings the rulebook should give, run like a unit test.</summary>
    public sealed class ExampleCase
    {
        public ExampleCase(string name, YamlNode evidence, IReadOnlyList<ExpectedRating> expectations, SourceSpan span)
        {
            Name = name;
            Evidence = evidence;
            Expectations = expectations;
            Span = span;
        }

        /// <summary>The case name.</summary>
        public string Name { get; }

        /// <summary>The evidence, as located nodes, for the engine to read.</summary>
        public YamlNode Evidence { get; }

        /// <summary>The expected ratings.</summary>
        public IReadOnlyList<ExpectedRating> Expectations { get; }

        /// <summary>Where the case is.</summary>
        public SourceSpan Span { get; }

    }
}
