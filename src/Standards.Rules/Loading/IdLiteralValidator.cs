using System.Collections.Generic;
using System.Linq;
using Standards.Rules.Diagnostics;
using Standards.Rules.Expressions;
using Standards.Rules.Model;

namespace Standards.Rules.Loading
{
    /// <summary>
    /// Checks text compared with evidence fields named <c>key_question</c> or <c>prompt</c> (such as the inspectors'
    /// prompt judgements): the text must name a key question (STD1002) or lettered prompt (STD1010) of the rulebook.
    /// </summary>
    internal static class IdLiteralValidator
    {
        private const string KeyQuestionField = "key_question";
        private const string PromptField = "prompt";

        public static void Validate(IReadOnlyList<Standard> standards, DiagnosticBag diagnostics)
        {
            var keyQuestions = standards.SelectMany(s => s.KeyQuestions).Select(k => k.Id).ToList();
            var prompts = standards.SelectMany(s => s.KeyQuestions).SelectMany(k => k.Prompts.Select(p => k.Id + p.Letter)).ToList();
            foreach (var characteristic in standards.SelectMany(s => s.Characteristics))
            {
                Visit(characteristic.Condition, keyQuestions, prompts, diagnostics);
            }
        }

        private static void Visit(Expr expr, List<string> keyQuestions, List<string> prompts, DiagnosticBag diagnostics)
        {
            switch (expr)
            {
                case BinaryExpr { Operator: BinaryOperator.Equal or BinaryOperator.NotEqual } comparison:
                    Check(comparison.Left, comparison.Right, keyQuestions, prompts, diagnostics);
                    Check(comparison.Right, comparison.Left, keyQuestions, prompts, diagnostics);
                    break;
                case BinaryExpr binary:
                    Visit(binary.Left, keyQuestions, prompts, diagnostics);
                    Visit(binary.Right, keyQuestions, prompts, diagnostics);
                    break;
                case UnaryExpr unary:
                    Visit(unary.Operand, keyQuestions, prompts, diagnostics);
                    break;
                case InExpr inExpr:
                    foreach (var item in inExpr.Items) Check(inExpr.Value, item, keyQuestions, prompts, diagnostics);
                    break;
                case AggregateExpr aggregate when aggregate.Filter != null:
                    Visit(aggregate.Filter, keyQuestions, prompts, diagnostics);
                    break;
            }
        }

        private static void Check(Expr field, Expr value, List<string> keyQuestions, List<string> prompts, DiagnosticBag diagnostics)
        {
            if (field is not PathExpr path || value is not TextLiteral text) return;
            var name = path.Segments[path.Segments.Count - 1];
            if (name == KeyQuestionField && !keyQuestions.Contains(text.Value))
            {
                diagnostics.Report(DiagnosticCatalog.UnknownKeyQuestion, text.Span,
                    $"`{text.Value}` is not a key question of the rulebook{Suggestions.Hint(text.Value, keyQuestions)}");
            }
            else if (name == PromptField && !prompts.Contains(text.Value))
            {
                diagnostics.Report(DiagnosticCatalog.UnknownPrompt, text.Span,
                    $"`{text.Value}` is not a prompt of the rulebook (prompts are written as the key question and letter, such as `P1.2.3a`){Suggestions.Hint(text.Value, prompts)}");
            }
        }
    }
}
