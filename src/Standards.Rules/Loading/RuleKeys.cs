using System.Collections.Generic;

namespace Standards.Rules.Loading
{
    /// <summary>
    /// The keys the rule language allows in each kind of mapping. The builders validate against these lists
    /// and the JSON Schema is generated from them, so the two can never disagree.
    /// </summary>
    public static class RuleKeys
    {
        public static IReadOnlyList<string> ManifestFile { get; } = new[] { "rulebook", "scale", "overall", "case_sample_bands" };

        public static IReadOnlyList<string> ManifestIdentity { get; } = new[] { "id", "title", "version", "effective" };

        public static IReadOnlyList<string> Grade { get; } = new[] { "grade", "label", "points" };

        public static IReadOnlyList<string> OverallBand { get; } = new[] { "grade", "from", "to" };

        public static IReadOnlyList<string> CaseSampleBand { get; } = new[] { "grade", "at_least" };

        public static IReadOnlyList<string> StandardFile { get; } = new[] { "standard", "key_questions", "characteristics" };

        public static IReadOnlyList<string> StandardHeader { get; } = new[] { "id", "title", "domain", "statement", "method" };

        public static IReadOnlyList<string> KeyQuestion { get; } = new[] { "id", "question", "prompts", "measure" };

        public static IReadOnlyList<string> Characteristic { get; } = new[] { "id", "key_question", "supports", "caps", "when", "reason" };

        public static IReadOnlyList<string> ExamplesFile { get; } = new[] { "examples" };

        public static IReadOnlyList<string> ExampleCase { get; } = new[] { "name", "evidence", "expect" };

        /// <summary>The rating methods a standard may use.</summary>
        public static IReadOnlyList<string> Methods { get; } = new[] { "characteristics", "lowest_key_question" };
    }
}
