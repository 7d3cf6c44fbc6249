using System.Collections.Generic;
using System.Linq;
using Standards.Rules.Diagnostics;
using Standards.Rules.Expressions;
using Standards.Rules.Facts;

namespace Standards.Rules.Binding
{
    /// <summary>Resolves dotted paths against the evidence contract, reporting unknown fields with "did you mean".</summary>
    internal static class FactPathResolver
    {
        /// <summary>
        /// Resolves <paramref name="path"/> from <paramref name="scope"/>. A path may enter one list only when
        /// <paramref name="allowIntoList"/> is true (aggregate sources). <paramref name="scopeName"/> describes the scope in
        /// messages (such as "each record of `case_sample.cases`"); the default is "the evidence". Returns null after reporting.
        /// </summary>
        public static FactPath? Resolve(PathExpr path, FactType scope, bool allowIntoList, DiagnosticBag diagnostics, string? scopeName = null)
        {
            var outer = new List<FactMember>();
            var inner = new List<FactMember>();
            var current = scope;
            bool inList = false;
            for (int i = 0; i < path.Segments.Count; i++)
            {
                var name = path.Segments[i];
                var span = i < path.SegmentSpans.Count ? path.SegmentSpans[i] : path.Span;
                if (current is null)
                {
                    var previous = (inList ? inner : outer).Last();
                    diagnostics.Report(DiagnosticCatalog.UnknownFactMember, span,
                        $"`{previous.Name}` is {TypeText.Describe(previous)} and has no field `{name}`");
                    return null;
                }

                var member = current.Find(name);
                if (member is null)
                {
                    var prefix = string.Join(".", path.Segments.Take(i));
                    var where = prefix.Length == 0 ? scopeName ?? "the evidence" : $"`{prefix}`";
                    diagnostics.Report(DiagnosticCatalog.UnknownFactMember, span,
                        $"{where} has no field `{name}`{Suggestions.Hint(name, current.Members.Select(m => m.Name))}");
                    return null;
                }

                (inList ? inner : outer).Add(member);
                if (member.Kind == FactKind.Collection)
                {
                    if (inList || (!allowIntoList && i < path.Segments.Count - 1))
                    {
                        diagnostics.Report(DiagnosticCatalog.NotACollection, span,
                            $"`{string.Join(".", path.Segments.Take(i + 1))}` is a list; read it with an aggregate such as `count({string.Join(".", path.Segments.Take(i + 1))} where ...)`");
                        return null;
                    }

                    inList = true;
                }

                current = member.Kind == FactKind.Record || member.Kind == FactKind.Collection ? member.ElementType : null;
            }

            return new FactPath(outer, inner);
        }
    }
}
