using Standards.Engine.Facts;
using Standards.Rules.Diagnostics;
using Standards.Rules.Yaml;

namespace Standards.Engine.Evidence
{
    /// <summary>Cross-field checks on bound evidence: figures that are each valid but impossible together.</summary>
    internal static class EvidenceChecks
    {
        /// <summary>In-post staff above this multiple of target need a note explaining why.</summary>
        public const double OverTargetFactor = 1.25;

        public static void Run(PduEvidence evidence, YamlMapping root, DiagnosticBag diagnostics)
        {
            var workforce = evidence.Workforce;
            if (workforce != null)
            {
                Check(workforce.Po, "po", root, diagnostics);
                Check(workforce.Pso, "pso", root, diagnostics);
                Check(workforce.Spo, "spo", root, diagnostics);
            }

            if (evidence.CaseSample is CaseSample sample)
            {
                CaseSampleAggregator.Fill(sample);
            }
        }

        private static void Check(GradeStaffing? grade, string name, YamlMapping root, DiagnosticBag diagnostics)
        {
            if (grade is null || !string.IsNullOrWhiteSpace(grade.Note)) return;
            Compare(grade.InPostFte, grade.TargetFte, "in_post_fte", "target_fte", name, root, diagnostics);
            Compare(grade.InPostHeadcount, grade.TargetHeadcount, "in_post_headcount", "target_headcount", name, root, diagnostics);
        }

        private static void Compare(double? inPost, double? target, string inPostKey, string targetKey, string grade, YamlMapping root, DiagnosticBag diagnostics)
        {
            if (inPost is null || target is null || inPost <= target * OverTargetFactor) return;
            var node = (((root.Find("workforce")?.Value as YamlMapping)?.Find(grade)?.Value as YamlMapping)?.Find(inPostKey)?.Key) as YamlNode ?? root;
            diagnostics.Report(DiagnosticCatalog.ImplausibleStaffing, node.Span,
                string.Format(System.Globalization.CultureInfo.InvariantCulture, "`workforce.{0}.{1}` is {2}, more than {3:0.##} times `{4}` ({5}); check the figure, or add `workforce.{0}.note` explaining it", grade, inPostKey, inPost, OverTargetFactor, targetKey, target));
        }
    }
}
