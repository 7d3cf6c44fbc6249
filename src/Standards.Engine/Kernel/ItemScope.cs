using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using LinqExpression = System.Linq.Expressions.Expression;

namespace Standards.Engine.Kernel
{
    /// <summary>The values the filters of one <see cref="ListScan"/> share for the current record: each field and comparison evaluated once per record.</summary>
    internal sealed class ItemScope
    {
        private readonly Dictionary<string, ParameterExpression> _locals = new Dictionary<string, ParameterExpression>(StringComparer.Ordinal);
        private readonly List<ParameterExpression> _variables = new List<ParameterExpression>();
        private readonly List<LinqExpression> _assignments = new List<LinqExpression>();

        public ItemScope(ParameterExpression item)
        {
            Item = item;
        }

        /// <summary>The current record.</summary>
        public ParameterExpression Item { get; }

        public IReadOnlyList<ParameterExpression> Variables => _variables;

        /// <summary>The shared values, to evaluate at the top of each pass through the loop.</summary>
        public IReadOnlyList<LinqExpression> Assignments => _assignments;

        /// <summary>The local holding the value written <paramref name="key"/>, built with <paramref name="build"/> the first time.</summary>
        public LinqExpression Shared(string key, Func<LinqExpression> build)
        {
            if (_locals.TryGetValue(key, out var local)) return local;
            var value = build();
            local = LinqExpression.Variable(value.Type, "recordValue" + _locals.Count);
            _locals.Add(key, local);
            _variables.Add(local);
            _assignments.Add(LinqExpression.Assign(local, value));
            return local;
        }
    }
}
