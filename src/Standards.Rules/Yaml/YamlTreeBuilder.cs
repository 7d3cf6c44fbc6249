using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Standards.Rules.Diagnostics;
using Standards.Rules.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Standards.Rules.Yaml
{
    /// <summary>
    /// Builds located nodes from YamlDotNet's event parser. Nothing is expanded: aliases, anchors,
    /// tags and merge keys are reported and their nodes left out. The node count and the depth are
    /// checked as each event arrives, so a hostile file stops the reader before it builds much.
    /// Exceptions from YamlDotNet pass through; <see cref="YamlDocumentReader"/> turns them into diagnostics.
    /// </summary>
    internal sealed class YamlTreeBuilder
    {
        private const string YamlTagPrefix = "tag:yaml.org,2002:";

        private readonly string _path;
        private readonly string _text;
        private readonly DiagnosticBag _diagnostics;
        private readonly YamlReaderLimits _limits;
        private readonly IParser _parser;
        private int _nodeCount;
        private bool _stopped;
        private SourceSpan _contentEnd;

        public YamlTreeBuilder(string path, string text, DiagnosticBag diagnostics, YamlReaderLimits limits)
        {
            _path = path;
            _text = text;
            _diagnostics = diagnostics;
            _limits = limits;
            _parser = new Parser(new StringReader(text));
            LastPosition = SourceSpan.At(path, 0, 1, 1);
            _contentEnd = LastPosition;
        }

        /// <summary>The end of the last event read; where an unexpected failure is reported.</summary>
        public SourceSpan LastPosition { get; private set; }

        /// <summary>Reads the single document; null when the file is empty or reading had to stop.</summary>
        public YamlNode? Build()
        {
            Expect<StreamStart>(Next());
            ParsingEvent ev = Next();
            if (ev is StreamEnd)
            {
                ReportEmpty();
                return null;
            }

            Expect<DocumentStart>(ev);
            ParsingEvent rootEvent = Next();
            if (rootEvent is Scalar { Style: ScalarStyle.Plain, Value.Length: 0 } empty && empty.Anchor.IsEmpty && empty.Tag.IsEmpty)
            {
                ReportEmpty();
                return null;
            }

            YamlNode? root = ReadNode(rootEvent, 0);
            if (_stopped) return null;
            Expect<DocumentEnd>(Next());
            if (Next() is DocumentStart second)
            {
                _diagnostics.Report(DiagnosticCatalog.YamlSyntax, YamlSpans.FromMarks(_path, _text, second.Start, second.End),
                    "a rule file holds one document; this starts a second one, so move it to its own file");
            }

            return root;
        }

        private YamlNode? ReadNode(ParsingEvent ev, int depth)
        {
            if (!Count(ev)) return null;
            switch (ev)
            {
                case AnchorAlias alias:
                    SourceSpan aliasSpan = YamlSpans.FromMarks(_path, _text, alias.Start, alias.End);
                    _contentEnd = SourceSpan.At(_path, aliasSpan.Start + aliasSpan.Length, aliasSpan.EndLine, aliasSpan.EndColumn);
                    Unsupported(aliasSpan, "the alias `*" + alias.Value + "` is not allowed; write the value out in full");
                    return null;
                case Scalar scalar:
                    bool scalarAllowed = CheckProperties(scalar);
                    YamlNode? value = ReadScalar(scalar);
                    return scalarAllowed ? value : null;
                case SequenceStart sequenceStart:
                    bool sequenceAllowed = CheckProperties(sequenceStart);
                    YamlNode? sequence = CheckDepth(sequenceStart, depth + 1) ? ReadSequence(sequenceStart, depth + 1) : null;
                    return sequenceAllowed ? sequence : null;
                case MappingStart mappingStart:
                    bool mappingAllowed = CheckProperties(mappingStart);
                    YamlNode? mapping = CheckDepth(mappingStart, depth + 1) ? ReadMapping(mappingStart, depth + 1) : null;
                    return mappingAllowed ? mapping : null;
                default:
                    throw new InvalidOperationException("Unexpected YAML event " + ev.GetType().Name + ".");
            }
        }

        private YamlScalar? ReadScalar(Scalar scalar)
        {
            SourceSpan span = YamlSpans.FromMarks(_path, _text, scalar.Start, scalar.End);
            _contentEnd = SourceSpan.At(_path, span.Start + span.Length, span.EndLine, span.EndColumn);
            if (scalar.Value.Length > _limits.MaxScalarLength)
            {
                Stop(span, string.Format(CultureInfo.InvariantCulture,
                    "this value is {0:N0} characters long, over the limit of {1:N0}; shorten it or split the file",
                    scalar.Value.Length, _limits.MaxScalarLength));
                return null;
            }

            return YamlScalarFactory.Create(_path, _text, scalar);
        }

        private YamlSequence? ReadSequence(SequenceStart start, int depth)
        {
            var items = new List<YamlNode>();
            while (true)
            {
                ParsingEvent ev = Next();
                if (ev is SequenceEnd end)
                {
                    return new YamlSequence(items, CollectionSpan(start.Start, end, start.Style == SequenceStyle.Flow));
                }

                YamlNode? item = ReadNode(ev, depth);
                if (_stopped) return null;
                if (item != null) items.Add(item);
            }
        }

        private YamlMapping? ReadMapping(MappingStart start, int depth)
        {
            var entries = new List<YamlEntry>();
            var seen = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
            while (true)
            {
                ParsingEvent keyEvent = Next();
                if (keyEvent is MappingEnd end)
                {
                    return new YamlMapping(entries, CollectionSpan(start.Start, end, start.Style == MappingStyle.Flow));
                }

                YamlNode? keyNode = ReadNode(keyEvent, depth);
                if (_stopped) return null;
                YamlNode? value = ReadNode(Next(), depth);
                if (_stopped) return null;
                YamlScalar? key = CheckKey(keyNode, seen);
                if (key != null && value != null) entries.Add(new YamlEntry(key, value));
            }
        }

        /// <summary>Returns the key when its entry is kept; reports non-scalar, merge and duplicate keys.</summary>
        private YamlScalar? CheckKey(YamlNode? keyNode, Dictionary<string, YamlScalar> seen)
        {
            if (keyNode == null) return null;
            if (keyNode is not YamlScalar key)
            {
                _diagnostics.Report(DiagnosticCatalog.WrongValueKind, keyNode.Span,
                    "a key must be a single value, not " + keyNode.KindName);
                return null;
            }

            if (!key.IsQuoted && key.Value == "<<")
            {
                Unsupported(key.Span, "the merge key `<<` is not allowed; write the entries out in full");
                return null;
            }

            if (seen.TryGetValue(key.Value, out YamlScalar? first))
            {
                _diagnostics.Report(DiagnosticCatalog.DuplicateKey, key.Span,
                    string.Format(CultureInfo.InvariantCulture, "the key `{0}` appears twice in this mapping; the first is at line {1}",
                        Display(key.Value), first.Span.Line),
                    first.Span);
                return null;
            }

            seen.Add(key.Value, key);
            return key;
        }

        /// <summary>Reports an anchor or tag on a node; true when the node has neither.</summary>
        private bool CheckProperties(NodeEvent node)
        {
            if (node.Anchor.IsEmpty && node.Tag.IsEmpty) return true;
            SourceSpan at = YamlSpans.Word(_text, YamlSpans.Point(_path, _text, node.Start));
            if (!node.Anchor.IsEmpty)
            {
                Unsupported(at, "the anchor `&" + node.Anchor.Value + "` is not allowed; write the value out in full wherever it is needed");
            }

            if (!node.Tag.IsEmpty)
            {
                Unsupported(at, "the tag `" + TagText(node.Tag) + "` is not allowed; remove it and write the value without a tag");
            }

            return false;
        }

        private bool CheckDepth(ParsingEvent start, int depth)
        {
            if (depth <= _limits.MaxDepth) return true;
            Stop(YamlSpans.Point(_path, _text, start.Start), string.Format(CultureInfo.InvariantCulture,
                "the lists and mappings here are nested more than {0} levels deep; flatten the structure", _limits.MaxDepth));
            return false;
        }

        private bool Count(ParsingEvent ev)
        {
            if (++_nodeCount <= _limits.MaxNodes) return true;
            Stop(YamlSpans.Point(_path, _text, ev.Start), string.Format(CultureInfo.InvariantCulture,
                "the file has more than {0:N0} values, lists and mappings; split it into smaller files", _limits.MaxNodes));
            return false;
        }

        /// <summary>Flow collections end just past their bracket; block collections at the end of their last content.</summary>
        private SourceSpan CollectionSpan(Mark start, ParsingEvent end, bool isFlow)
        {
            SourceSpan from = YamlSpans.Point(_path, _text, start);
            if (isFlow) _contentEnd = YamlSpans.After(YamlSpans.Point(_path, _text, end.Start));
            SourceSpan to = _contentEnd.Start >= from.Start ? _contentEnd : from;
            return new SourceSpan(_path, from.Start, to.Start - from.Start, from.Line, from.Column, to.Line, to.Column);
        }

        private ParsingEvent Next()
        {
            if (!_parser.MoveNext() || _parser.Current == null)
            {
                throw new InvalidOperationException("The YAML event stream ended early.");
            }

            ParsingEvent ev = _parser.Current;
            LastPosition = YamlSpans.Point(_path, _text, ev.End);
            return ev;
        }

        private void Unsupported(SourceSpan span, string message) =>
            _diagnostics.Report(DiagnosticCatalog.UnsupportedYamlFeature, span, message);

        private void Stop(SourceSpan span, string message)
        {
            _diagnostics.Report(DiagnosticCatalog.LimitExceeded, span, message);
            _stopped = true;
        }

        private void ReportEmpty() =>
            _diagnostics.Report(DiagnosticCatalog.EmptyDocument, SourceSpan.At(_path, 0, 1, 1), "the file has no content; a rule file holds one YAML mapping");

        private static void Expect<T>(ParsingEvent ev)
            where T : ParsingEvent
        {
            if (ev is not T) throw new InvalidOperationException("Expected " + typeof(T).Name + " but read " + ev.GetType().Name + ".");
        }

        private static string TagText(TagName tag)
        {
            string value = tag.Value;
            return value.StartsWith(YamlTagPrefix, StringComparison.Ordinal) ? "!!" + value.Substring(YamlTagPrefix.Length) : value;
        }

        private static string Display(string key)
        {
            string oneLine = key.Replace("\r", "\\r").Replace("\n", "\\n");
            return oneLine.Length <= 60 ? oneLine : oneLine.Substring(0, 57) + "...";
        }
    }
}
