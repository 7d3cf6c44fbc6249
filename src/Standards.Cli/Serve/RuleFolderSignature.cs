using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Standards.Rules.Loading;

namespace Standards.Cli.Serve
{
    /// <summary>
    /// A cheap fingerprint of a rules folder: each rule file's path, size and last write time. Equal fingerprints
    /// taken before and after a read mean no file changed meanwhile. Never throws: a fault becomes part of the text.
    /// </summary>
    internal static class RuleFolderSignature
    {
        /// <summary>The fingerprint of <paramref name="directory"/>, or <c>embedded</c> for the built-in rulebook.</summary>
        public static string Of(string? directory)
        {
            if (directory is null) return "embedded";
            try
            {
                if (!Directory.Exists(directory)) return "missing";
                var text = new StringBuilder();
                foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                    .Where(RuleSourceReader.IsRuleFile)
                    .OrderBy(f => f, StringComparer.Ordinal))
                {
                    text.Append(file).Append(':').Append(Describe(file)).Append('|');
                }

                return text.ToString();
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return "unlistable: " + e.Message;
            }
        }

        private static string Describe(string file)
        {
            try
            {
                var info = new FileInfo(file);
                return info.Exists
                    ? info.Length.ToString(CultureInfo.InvariantCulture) + ":" + info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture)
                    : "absent";
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return "unreadable: " + e.Message;
            }
        }
    }
}
