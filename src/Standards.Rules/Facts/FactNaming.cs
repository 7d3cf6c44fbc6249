using System.Text;

namespace Standards.Rules.Facts
{
    /// <summary>Turns C# property names into rule names: <c>PoVacancyRate</c> → <c>po_vacancy_rate</c>.</summary>
    public static class FactNaming
    {
        /// <summary>Converts PascalCase to snake_case; digits stay attached to the word before them.</summary>
        public static string ToSnakeCase(string name)
        {
            var sb = new StringBuilder(name.Length + 8);
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if (char.IsUpper(c))
                {
                    bool prevLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                    bool nextLower = i + 1 < name.Length && char.IsLower(name[i + 1]) && i > 0 && char.IsUpper(name[i - 1]);
                    if (prevLowerOrDigit || nextLower) sb.Append('_');
                    sb.Append(char.ToLowerInvariant(c));
                }
                else
                {
                    sb.Append(c);
                }
            }

            return sb.ToString();
        }
    }
}
