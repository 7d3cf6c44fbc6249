namespace Standards.Cli.Report
{
    /// <summary>Small wording helpers for sentences built from labels and reasons.</summary>
    internal static class PlainWords
    {
        /// <summary>Lower-cases the first letter unless the first word is an abbreviation ("PO", "SPOs").</summary>
        public static string LowerFirst(string text) =>
            text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text.Substring(1) : text;

        /// <summary>Capitalises the first letter and ends the text with a full stop.</summary>
        public static string Sentence(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1) + ".";
    }
}
