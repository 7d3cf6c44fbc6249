using System.Collections.Generic;
using System.Text.RegularExpressions;
using Standards.Engine.Evidence;
using Standards.Rules.Facts;

namespace Standards.Cli.Report
{
    /// <summary>Every field of the evidence contract with a plain-English label, built once from the fact types' descriptions.</summary>
    internal sealed class FieldCatalog
    {
        private readonly Dictionary<string, EvidenceField> _byPath = new(System.StringComparer.Ordinal);
        private readonly List<EvidenceField> _fields = new();

        private FieldCatalog(FactType root)
        {
            foreach (var member in root.Members) Add(member, member.Name, Phrase(member.Description), null);
        }

        /// <summary>The catalog of this engine's evidence contract.</summary>
        public static FieldCatalog Instance { get; } = new FieldCatalog(EvidenceSchema.Instance.Root);

        /// <summary>Fields in contract order, including groups and lists.</summary>
        public IReadOnlyList<EvidenceField> Fields => _fields;

        /// <summary>The field at <paramref name="path"/>, or null.</summary>
        public EvidenceField? Find(string path) => _byPath.TryGetValue(path, out var field) ? field : null;

        /// <summary>The field's label; for the prompt counts the rules read, "P1.1.1 prompts met"; else the text itself.</summary>
        public string Label(string path) => Find(path)?.Label ?? PromptCount(path) ?? path;

        /// <summary>Replaces each backticked evidence path or prompt count in <paramref name="text"/> with its label.</summary>
        public string Humanise(string text) =>
            Regex.Replace(text, "`([^`]+)`", m => Find(m.Groups[1].Value)?.Label ?? PromptCount(m.Groups[1].Value) ?? m.Value);

        private static string? PromptCount(string expression)
        {
            var match = Regex.Match(expression, "^count\\(judgements\\.prompts where key_question == \"([^\"]+)\"( and met)?\\)$");
            return match.Success ? $"{match.Groups[1].Value} prompts {(match.Groups[2].Success ? "met" : "judged")}" : null;
        }

        private void Add(FactMember member, string path, string section, string? parentLabel)
        {
            var own = Phrase(member.Description);
            var label = parentLabel is null ? own : parentLabel + ": " + PlainWords.LowerFirst(own);
            var field = new EvidenceField(path, section, label, member);
            _byPath[path] = field;
            _fields.Add(field);
            if (member.Kind == FactKind.Record)
            {
                bool top = !path.Contains('.');
                foreach (var child in member.ElementType!.Members)
                {
                    Add(child, path + "." + child.Name, section, top ? null : own);
                }
            }
        }

        /// <summary>A contract description as a phrase: trimmed, without its full stop or "(derived)".</summary>
        public static string Phrase(string description) => description.Trim().TrimEnd('.').Replace(" (derived)", string.Empty);

    }
}
