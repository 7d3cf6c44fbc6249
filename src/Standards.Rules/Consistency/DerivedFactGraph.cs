using System.Collections.Generic;
using System.Linq;

namespace Standards.Rules.Consistency
{
    /// <summary>
    /// The dependency graph of the rating chain: the overall rating is derived from standards, a standard from
    /// its key questions and caps, a key question from its supporting characteristics, and a characteristic from
    /// the evidence its condition reads. Nodes are names such as <c>standard P1.2</c>; edges point from a
    /// derived fact to what it is derived from.
    /// </summary>
    internal sealed class DerivedFactGraph
    {
        private readonly Dictionary<string, List<DependencyEdge>> _edges = new Dictionary<string, List<DependencyEdge>>();
        private readonly List<string> _nodes = new List<string>();

        /// <summary>The nodes, in the order they were added.</summary>
        public IReadOnlyList<string> Nodes => _nodes;

        /// <summary>Adds a node if it is not there yet.</summary>
        public void AddNode(string name)
        {
            if (_edges.ContainsKey(name)) return;
            _edges[name] = new List<DependencyEdge>();
            _nodes.Add(name);
        }

        /// <summary>Records that <paramref name="edge"/>'s From is derived from its To (adding both nodes).</summary>
        public void AddEdge(DependencyEdge edge)
        {
            AddNode(edge.From);
            AddNode(edge.To);
            _edges[edge.From].Add(edge);
        }

        /// <summary>What <paramref name="node"/> is derived from.</summary>
        public IReadOnlyList<DependencyEdge> EdgesFrom(string node) =>
            _edges.TryGetValue(node, out var list) ? list : (IReadOnlyList<DependencyEdge>)new DependencyEdge[0];

        /// <summary>The edges of one cycle, in order, or null when the graph has none. Iterative, so deep chains are safe.</summary>
        public IReadOnlyList<DependencyEdge>? FindCycle()
        {
            var state = new Dictionary<string, int>(); // 0 new, 1 on the current path, 2 done
            foreach (var start in _nodes)
            {
                if (state.TryGetValue(start, out var s) && s != 0) continue;
                var path = new List<DependencyEdge>();
                var stack = new Stack<(string Node, int Next)>();
                stack.Push((start, 0));
                state[start] = 1;
                while (stack.Count > 0)
                {
                    var (node, next) = stack.Pop();
                    var edges = EdgesFrom(node);
                    if (next >= edges.Count)
                    {
                        state[node] = 2;
                        if (path.Count > 0) path.RemoveAt(path.Count - 1);
                        continue;
                    }

                    stack.Push((node, next + 1));
                    var edge = edges[next];
                    state.TryGetValue(edge.To, out var target);
                    if (target == 1)
                    {
                        var cycle = path.SkipWhile(e => e.From != edge.To).ToList();
                        cycle.Add(edge);
                        return cycle;
                    }

                    if (target == 0)
                    {
                        state[edge.To] = 1;
                        path.Add(edge);
                        stack.Push((edge.To, 0));
                    }
                }
            }

            return null;
        }
    }
}
