using Standards.Rules.Expressions;
using Standards.Rules.Facts;

namespace Standards.Rules.Binding
{
    /// <summary>An evidence field, resolved once to its chain of fact members, with its unit and valid range.</summary>
    public sealed class BoundField : BoundExpr
    {
        /// <summary>Creates a field read.</summary>
        public BoundField(PathExpr syntax, FactPath path)
            : base(syntax, path.Last.Kind, path.Last.Unit)
        {
            Path = path;
        }

        /// <summary>The members walked from the scope (the evidence, or one record inside an aggregate filter).</summary>
        public FactPath Path { get; }

        /// <inheritdoc />
        public override FactMember? Member => Path.Last;

        /// <summary>The path as written, such as <c>workforce.po.vacancy_rate</c>.</summary>
        public string PathText => ((PathExpr)Syntax).Text;

        /// <inheritdoc />
        public override T Accept<T>(IBoundExprVisitor<T> visitor) => visitor.VisitField(this);
    }
}
