using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;

namespace Standards.Engine.Rete
{
    /// <summary>Finds the evidence sections a compiled expression reads: the properties it accesses directly on the evidence root.</summary>
    internal sealed class SectionReads : ExpressionVisitor
    {
        private readonly ParameterExpression _root;
        private readonly HashSet<PropertyInfo> _found = new HashSet<PropertyInfo>();

        private SectionReads(ParameterExpression root)
        {
            _root = root;
        }

        /// <summary>The sections <paramref name="bodies"/> read from <paramref name="root"/>, in the evidence type's declaration order.</summary>
        public static IReadOnlyList<PropertyInfo> Find(IEnumerable<Expression> bodies, ParameterExpression root)
        {
            var reads = new SectionReads(root);
            foreach (var body in bodies) reads.Visit(body);
            return EvidenceSections.Properties.Where(reads._found.Contains).ToList();
        }

        /// <inheritdoc />
        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression == _root && node.Member is PropertyInfo property) _found.Add(property);
            return base.VisitMember(node);
        }
    }
}
