using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using Standards.Rules.Binding;
using Standards.Rules.Facts;
using LinqExpression = System.Linq.Expressions.Expression;

namespace Standards.Engine.Kernel
{
    /// <summary>
    /// The records and lists the whole rulebook reads from the evidence, each read once into a local at the top of
    /// the kernel (<c>workforce</c>, then <c>workforce.po</c> from it) and shared by every condition after; and one
    /// <see cref="ListScan"/> per list, computing every aggregate over it in one pass.
    /// A missing record on the way leaves the local null.
    /// </summary>
    internal sealed class RecordReads
    {
        private readonly ParameterExpression _root;
        private readonly Dictionary<string, ParameterExpression> _locals = new Dictionary<string, ParameterExpression>(StringComparer.Ordinal);
        private readonly List<ParameterExpression> _variables = new List<ParameterExpression>();
        private readonly List<LinqExpression> _assignments = new List<LinqExpression>();
        private readonly Dictionary<string, ListScan> _scans = new Dictionary<string, ListScan>(StringComparer.Ordinal);

        public RecordReads(ParameterExpression root)
        {
            _root = root;
        }

        /// <summary>The locals declared, for the kernel's block.</summary>
        public IReadOnlyList<ParameterExpression> Variables => _variables;

        /// <summary>The reads, parents before children, to run before the conditions.</summary>
        public IReadOnlyList<LinqExpression> Assignments => _assignments;

        /// <summary>The local that will hold <paramref name="node"/>'s value, computed by the one scan of its list.</summary>
        public LinqExpression Aggregate(BoundAggregate node)
        {
            var list = Object(node.Source.Members, node.Source.Members.Count);
            var key = string.Join(".", node.Source.Members.Select(m => m.ClrName));
            if (!_scans.TryGetValue(key, out var scan))
            {
                scan = new ListScan(list);
                _scans.Add(key, scan);
            }

            return scan.Add(node);
        }

        /// <summary>Appends the list scans after the record reads; call once every condition is built.</summary>
        public void Finish()
        {
            foreach (var scan in _scans.Values)
            {
                _variables.AddRange(scan.Results);
                _assignments.Add(scan.Build());
            }

            _scans.Clear();
        }

        /// <summary>The object at the end of <paramref name="members"/> (a record or a list), or the root when there are none.</summary>
        public LinqExpression Object(IReadOnlyList<FactMember> members, int count)
        {
            if (count == 0) return _root;
            var key = string.Join(".", members.Take(count).Select(m => m.ClrName));
            if (_locals.TryGetValue(key, out var local)) return local;
            var owner = Object(members, count - 1);
            var property = owner.Type.GetProperty(members[count - 1].ClrName)
                ?? throw new InvalidOperationException($"the fact type {owner.Type.Name} has no property {members[count - 1].ClrName}");
            local = LinqExpression.Variable(property.PropertyType, key.Replace('.', '_'));
            _locals.Add(key, local);
            _variables.Add(local);
            _assignments.Add(LinqExpression.Assign(local, LinqExpression.Condition(
                LinqExpression.Equal(owner, LinqExpression.Constant(null, owner.Type)),
                LinqExpression.Constant(null, property.PropertyType),
                LinqExpression.Property(owner, property))));
            return local;
        }
    }
}
