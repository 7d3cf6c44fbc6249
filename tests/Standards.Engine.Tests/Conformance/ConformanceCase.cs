using System.Collections.Generic;
using Standards.Rules.Yaml;

namespace Standards.Engine.Tests.Conformance
{
    /// <summary>One language conformance case from tests/cases: a condition, evidence, and the expected outcome and readings.</summary>
    public sealed class ConformanceCase
    {
        public ConformanceCase(string file, string name, string condition, YamlNode evidence, bool? outcome, IReadOnlyDictionary<string, string>? readings)
        {
            File = file;
            Name = name;
            Condition = condition;
            Evidence = evidence;
            Outcome = outcome;
            Readings = readings;
        }

        public string File { get; }

        public string Name { get; }

        public string Condition { get; }

        public YamlNode Evidence { get; }

        /// <summary>The expected three-valued outcome; null is unknown.</summary>
        public bool? Outcome { get; }

        /// <summary>The expected readings (path to display), when the case states them.</summary>
        public IReadOnlyDictionary<string, string>? Readings { get; }

        public override string ToString() => $"{File}: {Name}";
    }
}
