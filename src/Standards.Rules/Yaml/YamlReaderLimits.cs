using System;

namespace Standards.Rules.Yaml
{
    /// <summary>
    /// Caps that keep <see cref="YamlDocumentReader"/> fast and small on hostile input. Every cap is
    /// checked before the reader builds anything that could grow past it.
    /// </summary>
    public sealed class YamlReaderLimits
    {
        /// <summary>The largest depth the reader accepts; deeper settings would risk the call stack.</summary>
        public const int MaxSupportedDepth = 1000;

        /// <summary>Creates limits; every value must be positive.</summary>
        /// <param name="maxBytes">The largest file, in bytes (UTF-8). Default 2 MiB.</param>
        /// <param name="maxDepth">The deepest nesting of lists and mappings. Default 64; at most <see cref="MaxSupportedDepth"/>.</param>
        /// <param name="maxNodes">The most values, lists and mappings in one file. Default 200,000.</param>
        /// <param name="maxScalarLength">The longest single value, in characters. Default 100,000.</param>
        /// <exception cref="ArgumentOutOfRangeException">A value is zero, negative, or (depth) above <see cref="MaxSupportedDepth"/>.</exception>
        public YamlReaderLimits(int maxBytes = 2 * 1024 * 1024, int maxDepth = 64, int maxNodes = 200_000, int maxScalarLength = 100_000)
        {
            if (maxBytes <= 0) throw new ArgumentOutOfRangeException(nameof(maxBytes), maxBytes, "The limit must be positive.");
            if (maxDepth <= 0 || maxDepth > MaxSupportedDepth) throw new ArgumentOutOfRangeException(nameof(maxDepth), maxDepth, "The depth must be between 1 and 1000.");
            if (maxNodes <= 0) throw new ArgumentOutOfRangeException(nameof(maxNodes), maxNodes, "The limit must be positive.");
            if (maxScalarLength <= 0) throw new ArgumentOutOfRangeException(nameof(maxScalarLength), maxScalarLength, "The limit must be positive.");
            MaxBytes = maxBytes;
            MaxDepth = maxDepth;
            MaxNodes = maxNodes;
            MaxScalarLength = maxScalarLength;
        }

        /// <summary>The limits used when none are given: 2 MiB, depth 64, 200,000 nodes, 100,000-character values.</summary>
        public static YamlReaderLimits Default { get; } = new YamlReaderLimits();

        /// <summary>The largest file, in bytes of UTF-8; checked before decoding.</summary>
        public int MaxBytes { get; }

        /// <summary>The deepest nesting of lists and mappings; the document's top collection is depth 1.</summary>
        public int MaxDepth { get; }

        /// <summary>The most nodes (values, lists, mappings, keys and aliases) in one file.</summary>
        public int MaxNodes { get; }

        /// <summary>The longest single value, in characters after unescaping.</summary>
        public int MaxScalarLength { get; }
    }
}
