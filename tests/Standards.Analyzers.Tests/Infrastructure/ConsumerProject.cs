namespace Standards.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// A tiny project that uses the analyzer: the <see cref="TestFacts"/> evidence contract, a valid rulebook, and
    /// on request a bad rule file. The project file itself differs between the canary (ProjectReference) and the
    /// package test (PackageReference).
    /// </summary>
    internal static class ConsumerProject
    {
        /// <summary>The bad rule file, relative to the consumer project.</summary>
        public const string BadFile = "rules/bad.yaml";

        /// <summary>Where the bad file's unknown field is: the `oversight_sufficent_percent` segment on line 12.</summary>
        public const string BadPosition = "(12,23)";

        /// <summary>A second standard, P1.3, whose good characteristic reads a misspelt field.</summary>
        public static string BadStandard =>
            TestFacts.Standard.Replace("P1.2", "P1.3")
                .Replace("case_sample.oversight_sufficient_percent >= 65%", "case_sample.oversight_sufficent_percent >= 65%");

        /// <summary>Writes the facts and the valid rulebook into <paramref name="folder"/> (relative to <paramref name="root"/>).</summary>
        public static void WriteSources(TemporaryDirectory root, string folder)
        {
            root.Write(folder + "/Facts.cs", TestFacts.Source);
            root.Write(folder + "/rules/rulebook.yaml", TestFacts.Manifest);
            root.Write(folder + "/rules/standards/P1.2-staffing.yaml", TestFacts.Standard);
        }
    }
}
