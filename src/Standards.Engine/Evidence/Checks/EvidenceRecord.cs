using System.Collections.Generic;
using Standards.Rules.Facts;
using Standards.Rules.Text;
using Standards.Rules.Yaml;

namespace Standards.Engine.Evidence.Checks
{
    /// <summary>One bound record of the evidence (such as <c>workforce.po</c>) beside the YAML mapping it was read from.</summary>
    internal sealed class EvidenceRecord
    {
        private readonly EvidenceRecord? _root;

        public EvidenceRecord(string path, object instance, FactType type, YamlMapping? mapping, SourceSpan span, EvidenceRecord? root)
        {
            Path = path;
            Instance = instance;
            Type = type;
            Mapping = mapping;
            Span = span;
            _root = root;
        }

        /// <summary>The record's path; empty for the evidence root.</summary>
        public string Path { get; }

        /// <summary>The bound C# object.</summary>
        public object Instance { get; }

        /// <summary>The record's contract.</summary>
        public FactType Type { get; }

        /// <summary>The YAML mapping, when the record was written in the file.</summary>
        public YamlMapping? Mapping { get; }

        /// <summary>Where the record is, for fields that were not written.</summary>
        public SourceSpan Span { get; }

        /// <summary>The evidence root, for checks that name fields by path from the top.</summary>
        public EvidenceRecord Root => _root ?? this;

        /// <summary>The field at a dotted path below this record, or null when a record on the way is absent or the name is unknown.</summary>
        public EvidenceField? Field(string dottedName)
        {
            var record = this;
            var names = dottedName.Split('.');
            for (int i = 0; i < names.Length - 1; i++)
            {
                record = record?.Child(names[i]);
            }

            return record?.Own(names[names.Length - 1]);
        }

        /// <summary>The child record of a record field, or null when it is absent.</summary>
        public EvidenceRecord? Child(string name)
        {
            var member = Type.Find(name);
            if (member?.Kind != FactKind.Record || Value(member) is not object child) return null;
            var entry = Mapping?.Find(name);
            return new EvidenceRecord(Join(name), child, member.ElementType!, entry?.Value as YamlMapping, entry?.Key.Span ?? Span, Root);
        }

        /// <summary>The records of a collection field, each with its YAML item.</summary>
        public IEnumerable<EvidenceRecord> Items(FactMember member)
        {
            if (Value(member) is not System.Collections.IList list) yield break;
            var sequence = Mapping?.Find(member.Name)?.Value as YamlSequence;
            for (int i = 0; i < list.Count; i++)
            {
                var node = sequence != null && i < sequence.Items.Count ? sequence.Items[i] : null;
                if (list[i] is object item)
                {
                    yield return new EvidenceRecord($"{Join(member.Name)}[{i + 1}]", item, member.ElementType!, node as YamlMapping, node?.Span ?? Span, Root);
                }
            }
        }

        private EvidenceField? Own(string name)
        {
            var member = Type.Find(name);
            return member is null ? null : new EvidenceField(Join(name), member, Value(member), Mapping?.Find(name), Span);
        }

        private object? Value(FactMember member) => Instance.GetType().GetProperty(member.ClrName)?.GetValue(Instance);

        private string Join(string name) => Path.Length == 0 ? name : Path + "." + name;
    }
}
