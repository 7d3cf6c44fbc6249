namespace Standards.Rules.Yaml
{
    /// <summary>
    /// YAML's printable character set (YAML 1.2, c-printable). YamlDotNet 18 accepts control
    /// characters such as NUL that the specification forbids, so the reader checks them itself.
    /// </summary>
    internal static class YamlCharacters
    {
        /// <summary>The index of the first character YAML does not allow, or -1.</summary>
        public static int FindNonPrintable(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c >= 0x20 && c <= 0x7E) continue;
                if (char.IsHighSurrogate(c))
                {
                    if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        i++;
                        continue;
                    }

                    return i;
                }

                if (!IsPrintable(c)) return i;
            }

            return -1;
        }

        private static bool IsPrintable(char c) =>
            c == '\t' || c == '\n' || c == '\r' || c == '\u0085'
            || (c >= '\u00A0' && c <= '\uD7FF')
            || (c >= '\uE000' && c <= '\uFFFD');
    }
}
