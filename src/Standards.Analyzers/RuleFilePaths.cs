using System;

namespace Standards.Analyzers
{
    /// <summary>Decides which AdditionalFiles are rule files: <c>.yaml</c> or <c>.yml</c> files under a folder named <c>rules</c>.</summary>
    internal static class RuleFilePaths
    {
        private static readonly char[] Separators = { '/', '\\' };

        /// <summary>True for <c>rules/**/*.yaml</c> and <c>rules/**/*.yml</c>, wherever the <c>rules</c> folder is.</summary>
        public static bool IsRuleFile(string path)
        {
            if (!path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)) return false;
            var parts = path.Split(Separators);
            for (int i = 0; i < parts.Length - 1; i++)
            {
                if (string.Equals(parts[i], "rules", StringComparison.OrdinalIgnoreCase)) return true;
            }

            return false;
        }
    }
}
