using System.Linq;
using Standards.Rules.Diagnostics;
using Standards.Rules.Model;

namespace Standards.Rules.Consistency
{
    /// <summary>
    /// STD2006: in a standard rated by its characteristics, a key question with no characteristic supporting
    /// some grade above the lowest. Supports are cumulative, so such a grade is reached as soon as the grade
    /// below it is, and the grade below can never be the result; a key question with no supports at all is
    /// rated at the top grade whatever the evidence. Reported at the key question's id.
    /// </summary>
    internal static class GapCheck
    {
        public static void Run(StandardContext context)
        {
            if (context.Standard.Method != RatingMethod.Characteristics) return;
            foreach (var keyQuestion in context.Standard.KeyQuestions)
            {
                var own = context.Characteristics.Where(c => ReferenceEquals(c.Bound.KeyQuestion, keyQuestion)).ToList();
                var missing = context.Scale.Grades.Skip(1).Where(g => !own.Any(c => c.IsSupport && c.Rank == g.Rank)).ToList();
                if (missing.Count == 0) continue;
                string message;
                if (own.Count == 0)
                {
                    message = $"key question {keyQuestion.Id} has no characteristics, so it is rated {context.Scale.Highest.Label} whatever the evidence; add characteristics that support each grade above {context.Scale.Lowest.Label}";
                }
                else if (missing.Count == context.Scale.Grades.Count - 1)
                {
                    message = $"no characteristic supports any grade of key question {keyQuestion.Id}, so it is rated {context.Scale.Highest.Label} whatever the evidence (only caps can lower the standard); add characteristics that support each grade above {context.Scale.Lowest.Label}";
                }
                else
                {
                    var labels = missing.Select(g => g.Label).ToList();
                    var names = labels.Count == 1 ? labels[0] : string.Join(", ", labels.Take(labels.Count - 1)) + " or " + labels[labels.Count - 1];
                    var below = string.Join(", ", missing.Select(g => $"{g.Label} is reached whenever {context.Label(g.Rank - 1)} is"));
                    message = $"no characteristic of key question {keyQuestion.Id} supports {names}: {below}; add a characteristic with `supports: {missing[0].Id}`";
                }

                context.Diagnostics.Report(DiagnosticCatalog.GradeWithoutSupport, keyQuestion.Span, message);
            }
        }
    }
}
