namespace Standards.Analyzers.Tests.Diagnostics
{
    /// <summary>
    /// Builds standard files for the STD2xxx analyzer tests over <see cref="Infrastructure.TestFacts"/>: the header
    /// of <c>TestFacts.Standard</c> (lines 1-10, key question P1.2.3 with its id on line 8, column 9), then the
    /// given characteristics. Characteristic i (from 0) takes lines 11+5i to 15+5i: id, key_question,
    /// supports/caps (line 13+5i, the grade at column 11), when (line 14+5i, the condition at column 11), reason.
    /// </summary>
    internal static class ConsistencyStandard
    {
        /// <summary>The column where every condition (and every supports/caps grade) starts.</summary>
        public const int Column = 11;

        /// <summary>The line of the condition of characteristic <paramref name="index"/> (from 0).</summary>
        public static int WhenLine(int index) => 14 + 5 * index;

        /// <summary>The line of the supports/caps grade of characteristic <paramref name="index"/> (from 0).</summary>
        public static int GradeLine(int index) => 13 + 5 * index;

        /// <summary>One characteristic of key question P1.2.3: <paramref name="role"/> is such as <c>supports: good</c> or <c>caps: inadequate</c>.</summary>
        public static string Characteristic(string id, string role, string when) =>
            $"  - id: {id}\n    key_question: P1.2.3\n    {role}\n    when: {when}\n    reason: Test reason.\n";

        /// <summary>The header lines of <c>TestFacts.Standard</c> followed by <paramref name="characteristics"/> in order.</summary>
        public static string Standard(params string[] characteristics)
        {
            var header = Infrastructure.TestFacts.Standard;
            header = header.Substring(0, header.IndexOf("  - id: P1.2.3-good-oversight", System.StringComparison.Ordinal));
            return header + string.Concat(characteristics);
        }
    }
}
