using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Standards.Rules.Diagnostics;
using Standards.Rules.Text;
using Standards.Rules.Yaml;

namespace Standards.Rules.Loading
{
    /// <summary>
    /// Reads the fields of one YAML mapping against the keys the rule language allows there,
    /// reporting unknown keys, missing keys and values of the wrong shape.
    /// </summary>
    internal sealed class MappingFields
    {
        private readonly YamlMapping _mapping;
        private readonly DiagnosticBag _diagnostics;
        private readonly string _context;

        private MappingFields(YamlMapping mapping, DiagnosticBag diagnostics, string context)
        {
            _mapping = mapping;
            _diagnostics = diagnostics;
            _context = context;
        }

        /// <summary>The mapping's position.</summary>
        public SourceSpan Span => _mapping.Span;

        /// <summary>
        /// Starts reading <paramref name="node"/> as a mapping in <paramref name="context"/> (such as "a characteristic"),
        /// reporting any key not in <paramref name="allowed"/>. Returns null (after reporting) when the node is not a mapping.
        /// </summary>
        public static MappingFields? Open(YamlNode node, string context, DiagnosticBag diagnostics, IReadOnlyList<string> allowed)
        {
            if (node is not YamlMapping mapping)
            {
                diagnostics.Report(DiagnosticCatalog.WrongValueKind, node.Span,
                    $"{context} should be a mapping of keys and values, but it is {node.KindName}");
                return null;
            }

            foreach (var entry in mapping.Entries)
            {
                if (!allowed.Contains(entry.Key.Value))
                {
                    diagnostics.Report(DiagnosticCatalog.UnknownKey, entry.Key.Span,
                        $"`{entry.Key.Value}` is not a key of {context}{Suggestions.Hint(entry.Key.Value, allowed)} (allowed: {string.Join(", ", allowed)})");
                }
            }

            return new MappingFields(mapping, diagnostics, context);
        }

        /// <summary>The value node for <paramref name="key"/>, or null (reporting STD0006 when <paramref name="required"/>).</summary>
        public YamlNode? Node(string key, bool required)
        {
            var entry = _mapping.Find(key);
            if (entry is null)
            {
                if (required)
                {
                    _diagnostics.Report(DiagnosticCatalog.MissingKey, _mapping.Span, $"{_context} needs {("aeiou".IndexOf(key[0]) >= 0 ? "an" : "a")} `{key}`");
                }

                return null;
            }

            return entry.Value;
        }

        /// <summary>The key node for <paramref name="key"/>, or null.</summary>
        public YamlScalar? KeyNode(string key) => _mapping.Find(key)?.Key;

        /// <summary>A non-empty scalar value, or null after reporting.</summary>
        public YamlScalar? Scalar(string key, bool required)
        {
            var node = Node(key, required);
            if (node is null) return null;
            if (node is YamlScalar scalar && !scalar.IsNull && scalar.Value.Trim().Length > 0) return scalar;
            _diagnostics.Report(node is YamlScalar ? DiagnosticCatalog.InvalidValue : DiagnosticCatalog.WrongValueKind, node.Span,
                node is YamlScalar ? $"`{key}` of {_context} is empty" : $"`{key}` of {_context} should be a single value, but it is {node.KindName}");
            return null;
        }

        /// <summary>A text value, or null after reporting.</summary>
        public string? Text(string key, bool required) => Scalar(key, required)?.Value.Trim();

        /// <summary>A whole number, or null after reporting.</summary>
        public int? Integer(string key, bool required, int min, int max)
        {
            var scalar = Scalar(key, required);
            if (scalar is null) return null;
            if (int.TryParse(scalar.Value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value >= min && value <= max)
            {
                return value;
            }

            _diagnostics.Report(DiagnosticCatalog.InvalidValue, scalar.Span,
                $"`{key}` of {_context} should be a whole number from {min} to {max}, but it is `{scalar.Value}`");
            return null;
        }

        /// <summary>A list node, or null after reporting.</summary>
        public YamlSequence? Sequence(string key, bool required)
        {
            var node = Node(key, required);
            if (node is null) return null;
            if (node is YamlSequence sequence) return sequence;
            _diagnostics.Report(DiagnosticCatalog.WrongValueKind, node.Span,
                $"`{key}` of {_context} should be a list (lines starting with `-`), but it is {node.KindName}");
            return null;
        }

        /// <summary>A mapping node, or null after reporting.</summary>
        public YamlMapping? Mapping(string key, bool required)
        {
            var node = Node(key, required);
            if (node is null) return null;
            if (node is YamlMapping mapping) return mapping;
            _diagnostics.Report(DiagnosticCatalog.WrongValueKind, node.Span,
                $"`{key}` of {_context} should be a mapping of keys and values, but it is {node.KindName}");
            return null;
        }

        /// <summary>The entries of the mapping.</summary>
        public IReadOnlyList<YamlEntry> Entries => _mapping.Entries;
    }
}
