using Standards.Rules.Expressions;
using Standards.Rules.Facts;

namespace Standards.Rules.Binding
{
    /// <summary>
    /// A node of a bound condition: the syntax it came from, checked against the evidence contract, with
    /// every path resolved to its chain of fact members and every operand typed (kind and unit). Back ends
    /// (compilers, evaluators, the consistency checks) read this, never the raw syntax.
    /// </summary>
    public abstract class BoundExpr
    {
        /// <summary>Creates a node of the given type.</summary>
        protected BoundExpr(Expr syntax, FactKind kind, FactUnit unit, bool isPlainLiteral = false)
        {
            Syntax = syntax;
            Kind = kind;
            Unit = unit;
            IsPlainLiteral = isPlainLiteral;
        }

        /// <summary>The expression as written, with its position.</summary>
        public Expr Syntax { get; }

        /// <summary>What the node gives: yes/no, a number, text or a date.</summary>
        public FactKind Kind { get; }

        /// <summary>The unit of a number; <see cref="FactUnit.None"/> otherwise.</summary>
        public FactUnit Unit { get; }

        /// <summary>True for a number written without a unit (or arithmetic on such numbers only), which matches counts, numbers and FTE.</summary>
        public bool IsPlainLiteral { get; }

        /// <summary>The evidence field this node reads directly, when it is a field.</summary>
        public virtual FactMember? Member => null;

        /// <summary>The canonical source text of the node.</summary>
        public string Text => Syntax.ToString();

        /// <summary>Calls the visitor method for this node kind.</summary>
        public abstract T Accept<T>(IBoundExprVisitor<T> visitor);

        /// <summary>The canonical source text.</summary>
        public override string ToString() => Text;
    }
}
