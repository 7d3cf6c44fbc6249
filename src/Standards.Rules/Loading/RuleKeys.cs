using System.Collections.Generic;

namespace Standards.Rules.Loading
{
    /// <summary>
    /// The keys the rule language allows in each kind of mapping. The builders validate against these lists
    /// and the JSON Schema is generated from them, so the two can never disagree.
    /// </summary>
    public static class RuleKeys
    {
        /// <summary>The top-level keys of the manifest file.</summary>
        public static IReadOnlyList<string> ManifestFile { get; } = new[] { "rulebook", "scale", "overall", "case_sample_bands" };

        /// <summary>The keys under `rulebook:` in the manifest.</summary>
        public static IReadOnlyList<string> ManifestIdentity { get; } = new[] { "id", "title", "version", "effective" };

        /// <summary>The keys of a grade of the scale.</summary>
        public static IReadOnlyList<string> Grade { get; } = new[] { "grade", "label", "points" };

        /// <summary>The keys of an overall band.</summary>
        public static IReadOnlyList<string> OverallBand { get; } = new[] { "grade", "from", "to" };

        /// <summary>The keys of a case-sample band.</summary>
        public static IReadOnlyList<string> CaseSampleBand { get; } = new[] { "grade", "at_least" };

        /// <summary>The top-level keys of a standard file.</summary>
        public static IReadOnlyList<string> StandardFile { get; } = new[] { "standard", "key_questions", "characteristics" };

        /// <summary>The keys under `standard:`.</summary>
        public static IReadOnlyList<string> StandardHeader { get; } = new[] { "id", "title", "domain", "statement", "method" };

        /// <summary>The keys of a key question.</summary>
        public static IReadOnlyList<string> KeyQuestion { get; } = new[] { "id", "question", "prompts", "measure" };

        /// <summary>The keys of a characteristic.</summary>
        public static IReadOnlyList<string> Characteristic { get; } = new[] { "id", "key_question", "supports", "caps", "when", "reason" };

        /// <summary>The top-level keys of an examples file.</summary>
        public static IReadOnlyList<string> ExamplesFile { get; } = new[] { "examples" };

        /// <summary>The keys of an example case.</summary>
        public static IReadOnlyList<string> ExampleCase { get; } = new[] { "name", "evidence", "expect" };

        /// <summary>The rating methods a standard may use.</summary>
        public static IReadOnlyList<string> Methods { get; } = new[] { "characteristics", "lowest_key_question" };
    }
}
