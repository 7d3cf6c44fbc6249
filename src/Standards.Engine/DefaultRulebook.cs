using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Standards.Rules.Loading;

namespace Standards.Engine
{
    /// <summary>The reference rulebook, embedded in this assembly from <c>rules/</c> at build time.</summary>
    public static class DefaultRulebook
    {
        /// <summary>
        /// The embedded rule files, with paths such as <c>rules/standards/P1.2-staffing.yaml</c>; inside the rulebook
        /// they are <c>standards/P1.2-staffing.yaml</c>, so the content hash matches <c>--rules rules</c>.
        /// </summary>
        public static IReadOnlyList<RuleSource> Sources()
        {
            var assembly = typeof(DefaultRulebook).Assembly;
            return assembly.GetManifestResourceNames()
                .Where(n => n.StartsWith("rules/", StringComparison.Ordinal) || n.StartsWith("rules\\", StringComparison.Ordinal))
                .OrderBy(n => n, StringComparer.Ordinal)
                .Select(n =>
                {
                    using var stream = assembly.GetManifestResourceStream(n)!;
                    using var memory = new MemoryStream();
                    stream.CopyTo(memory);
                    var path = n.Replace('\\', '/');
                    return new RuleSource(path, memory.ToArray(), path.Substring("rules/".Length));
                })
                .ToList();
        }
    }
}
