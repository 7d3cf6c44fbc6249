using System;
using System.Collections.Generic;
using Standards.Rules.Expressions;
using Standards.Rules.Facts;
using Standards.Rules.Model;

namespace Standards.Rules.Consistency
{
    /// <summary>
    /// Builds the <see cref="DerivedFactGraph"/> a rulebook implies. Conditions and measures read evidence
    /// paths; a path that does not start with an evidence field but whose text, or first segment, is the name
    /// of a derived fact (<c>overall</c>, or the id of a standard, key question or characteristic) is linked to
    /// that fact instead. The rule
    /// language gives rules no way to read a derived rating, and binding rejects paths that are not evidence,
    /// so the graph is acyclic by construction; the check guards that property.
    /// </summary>
    internal static class DerivedFactGraphBuilder
    {
        /// <summary>The node of the overall rating.</summary>
        public const string Overall = "overall";

        /// <summary>
        /// Builds the graph of <paramref name="standards"/>. Paths starting with a field of
        /// <paramref name="evidence"/> (when given) always read evidence, whatever the ids of the rulebook.
        /// </summary>
        public static DerivedFactGraph Build(IReadOnlyList<Standard> standards, FactType? evidence = null)
        {
            var graph = new DerivedFactGraph();
            var derived = new Dictionary<string, string>(StringComparer.Ordinal) { [Overall] = Overall };
            foreach (var standard in standards)
            {
                derived[standard.Id] = StandardNode(standard.Id);
                foreach (var kq in standard.KeyQuestions) derived[kq.Id] = KeyQuestionNode(kq.Id);
                foreach (var c in standard.Characteristics) derived[c.Id] = CharacteristicNode(c.Id);
            }

            graph.AddNode(Overall);
            foreach (var standard in standards)
            {
                var node = StandardNode(standard.Id);
                graph.AddEdge(new DependencyEdge(Overall, node, standard.Span));
                foreach (var kq in standard.KeyQuestions)
                {
                    graph.AddEdge(new DependencyEdge(node, KeyQuestionNode(kq.Id), kq.Span));
                    if (kq.Measure != null) AddReads(graph, KeyQuestionNode(kq.Id), kq.Measure, derived, evidence);
                }

                foreach (var c in standard.Characteristics)
                {
                    var owner = c.Role == CharacteristicRole.Caps ? node : KeyQuestionNode(c.KeyQuestionId);
                    graph.AddEdge(new DependencyEdge(owner, CharacteristicNode(c.Id), c.Span));
                    AddReads(graph, CharacteristicNode(c.Id), c.Condition, derived, evidence);
                }
            }

            return graph;
        }

        private static void AddReads(DerivedFactGraph graph, string reader, Expr expr, IReadOnlyDictionary<string, string> derived, FactType? evidence)
        {
            foreach (var path in Paths(expr, prefix: null))
            {
                var text = path.Text;
                var head = text.Split('.')[0];
                string? target = null;
                if (evidence?.Find(head) != null) target = null;
                else if (derived.TryGetValue(text, out var whole)) target = whole;
                else if (derived.TryGetValue(head, out var first)) target = first;
                graph.AddEdge(new DependencyEdge(reader, target ?? "evidence " + text, path.Expr.Span, isRead: true));
            }
        }

        /// <summary>Every path an expression reads; paths inside an aggregate's filter are prefixed with the list's path.</summary>
        private static IEnumerable<(PathExpr Expr, string Text)> Paths(Expr expr, string? prefix)
        {
            var stack = new Stack<(Expr Node, string? Prefix)>();
            stack.Push((expr, prefix));
            while (stack.Count > 0)
            {
                var (node, p) = stack.Pop();
                switch (node)
                {
                    case PathExpr path:
                        yield return (path, p is null ? path.Text : p + "." + path.Text);
                        break;
                    case AggregateExpr aggregate:
                        var source = p is null ? aggregate.Source.Text : p + "." + aggregate.Source.Text;
                        yield return (aggregate.Source, source);
                        if (aggregate.Filter != null) stack.Push((aggregate.Filter, source));
                        break;
                    case UnaryExpr unary:
                        stack.Push((unary.Operand, p));
                        break;
                    case BinaryExpr binary:
                        stack.Push((binary.Right, p));
                        stack.Push((binary.Left, p));
                        break;
                    case BetweenExpr between:
                        stack.Push((between.High, p));
                        stack.Push((between.Low, p));
                        stack.Push((between.Value, p));
                        break;
                    case InExpr inExpr:
                        foreach (var item in inExpr.Items) stack.Push((item, p));
                        stack.Push((inExpr.Value, p));
                        break;
                }
            }
        }

        private static string StandardNode(string id) => "standard " + id;

        private static string KeyQuestionNode(string id) => "key question " + id;

        private static string CharacteristicNode(string id) => "characteristic " + id;
    }
}
