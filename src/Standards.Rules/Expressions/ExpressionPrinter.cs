using System.Text;

namespace Standards.Rules.Expressions
{
    /// <summary>
    /// Prints an expression as canonical source text: single spaces around infix operators and keywords,
    /// brackets only where precedence needs them, numbers as plain invariant decimals with their unit
    /// (<c>30%</c>, <c>1:10</c>, <c>21 days</c>), text in double quotes with <c>\"</c> and <c>\\</c> escaped.
    /// </summary>
    public static class ExpressionPrinter
    {
        private const int OrLevel = 1;
        private const int AndLevel = 2;
        private const int NotLevel = 3;
        private const int ComparisonLevel = 4;
        private const int AdditiveLevel = 5;
        private const int MultiplicativeLevel = 6;
        private const int NegateLevel = 7;
        private const int PrimaryLevel = 8;

        /// <summary>
        /// Returns canonical text that parses back to an equal expression, for any expression the parser
        /// can produce. (Literals the parser cannot produce, such as negative or infinite numbers or
        /// paths with keyword segments, are printed as best they can be.)
        /// </summary>
        public static string Print(Expr expr)
        {
            var sb = new StringBuilder();
            Write(sb, expr, 0);
            return sb.ToString();
        }

        private static void Write(StringBuilder sb, Expr expr, int minimumLevel)
        {
            bool brackets = LevelOf(expr) < minimumLevel;
            if (brackets) sb.Append('(');
            switch (expr)
            {
                case NumberLiteral n: WriteNumber(sb, n); break;
                case BooleanLiteral b: sb.Append(b.Value ? "true" : "false"); break;
                case TextLiteral t: WriteText(sb, t.Value); break;
                case PathExpr p: sb.Append(p.Text); break;
                case UnaryExpr u when u.Operator == UnaryOperator.Not:
                    sb.Append("not ");
                    Write(sb, u.Operand, NotLevel);
                    break;
                case UnaryExpr u:
                    sb.Append('-');
                    Write(sb, u.Operand, NegateLevel);
                    break;
                case BinaryExpr b:
                    int level = LevelOf(b);
                    Write(sb, b.Left, level == ComparisonLevel ? level + 1 : level);
                    sb.Append(' ').Append(Symbol(b.Operator)).Append(' ');
                    Write(sb, b.Right, level + 1);
                    break;
                case BetweenExpr between:
                    Write(sb, between.Value, AdditiveLevel);
                    sb.Append(" between ");
                    Write(sb, between.Low, AdditiveLevel);
                    sb.Append(" and ");
                    Write(sb, between.High, AdditiveLevel);
                    break;
                case InExpr inExpr:
                    Write(sb, inExpr.Value, AdditiveLevel);
                    sb.Append(" in [");
                    for (int i = 0; i < inExpr.Items.Count; i++)
                    {
                        if (i > 0) sb.Append(", ");
                        Write(sb, inExpr.Items[i], AdditiveLevel);
                    }

                    sb.Append(']');
                    break;
                case AggregateExpr a:
                    sb.Append(ConditionWords.NameOf(a.Kind)).Append('(').Append(a.Source.Text);
                    if (a.Filter != null)
                    {
                        sb.Append(" where ");
                        Write(sb, a.Filter, 0);
                    }

                    sb.Append(')');
                    break;
                default:
                    sb.Append(expr.GetType().Name);
                    break;
            }

            if (brackets) sb.Append(')');
        }

        private static int LevelOf(Expr expr)
        {
            switch (expr)
            {
                case BinaryExpr b:
                    switch (b.Operator)
                    {
                        case BinaryOperator.Or: return OrLevel;
                        case BinaryOperator.And: return AndLevel;
                        case BinaryOperator.Add:
                        case BinaryOperator.Subtract: return AdditiveLevel;
                        case BinaryOperator.Multiply:
                        case BinaryOperator.Divide: return MultiplicativeLevel;
                        default: return ComparisonLevel;
                    }

                case UnaryExpr u: return u.Operator == UnaryOperator.Not ? NotLevel : NegateLevel;
                case BetweenExpr _:
                case InExpr _: return ComparisonLevel;
                case NumberLiteral n when n.Value < 0 || double.IsNegativeInfinity(n.Value): return NegateLevel;
                default: return PrimaryLevel;
            }
        }

        private static string Symbol(BinaryOperator op)
        {
            switch (op)
            {
                case BinaryOperator.Or: return "or";
                case BinaryOperator.And: return "and";
                case BinaryOperator.Equal: return "==";
                case BinaryOperator.NotEqual: return "!=";
                case BinaryOperator.Less: return "<";
                case BinaryOperator.LessOrEqual: return "<=";
                case BinaryOperator.Greater: return ">";
                case BinaryOperator.GreaterOrEqual: return ">=";
                case BinaryOperator.Add: return "+";
                case BinaryOperator.Subtract: return "-";
                case BinaryOperator.Multiply: return "*";
                default: return "/";
            }
        }

        private static void WriteNumber(StringBuilder sb, NumberLiteral n)
        {
            if (n.Unit == LiteralUnit.Ratio) sb.Append("1:");
            sb.Append(NumberText.Format(n.Value));
            if (n.Unit == LiteralUnit.Percent) sb.Append('%');
            else if (n.Unit == LiteralUnit.Days) sb.Append(n.Value == 1 ? " day" : " days");
        }

        private static void WriteText(StringBuilder sb, string value)
        {
            sb.Append('"');
            foreach (char c in value)
            {
                if (c == '"' || c == '\\') sb.Append('\\');
                sb.Append(c);
            }

            sb.Append('"');
        }
    }
}
