using Standards.Rules.Text;

namespace Standards.Engine.Presentation
{
    /// <summary>The one way a rule's place in the YAML is shown: <c>rules/standards/P1.2-staffing.yaml:426</c>.</summary>
    public static class SourceText
    {
        /// <summary>The file and line of <paramref name="span"/>.</summary>
        public static string Of(SourceSpan span) => $"{span.Path}:{span.Line}";
    }
}
