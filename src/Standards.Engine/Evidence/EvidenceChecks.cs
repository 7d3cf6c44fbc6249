using System.Linq;
using Standards.Engine.Evidence.Checks;
using Standards.Engine.Facts;
using Standards.Rules.Diagnostics;
using Standards.Rules.Model;
using Standards.Rules.Yaml;

namespace Standards.Engine.Evidence
{
    /// <summary>
    /// Checks on bound evidence as a whole: the cross-field checks the fact types declare, references to the rulebook,
    /// and a case-sample file against the figures given beside it. Then fills the percentages the cases give.
    /// </summary>
    internal static class EvidenceChecks
    {
        public static void Run(PduEvidence evidence, YamlMapping root, CaseTally? csv, Rulebook? rulebook, DiagnosticBag diagnostics)
        {
            var record = new EvidenceRecord("", evidence, EvidenceSchema.Instance.Root, root, root.Span, null);
            CrossFieldChecks.Run(record, diagnostics);
            if (rulebook != null) JudgementReferences.Check(record, rulebook, diagnostics);
            if (evidence.CaseSample is not CaseSample sample) return;
            var tally = csv ?? Tally(sample);
            if (tally is null) return;
            CaseSampleAgreement.Check(record.Child("case_sample")!, tally, diagnostics);
            CaseSampleAggregator.Fill(sample, tally);
        }

        private static CaseTally? Tally(CaseSample sample)
        {
            if (sample.Cases is null || sample.Cases.Count == 0) return null;
            var tally = new CaseTally();
            foreach (var record in sample.Cases.Where(c => c != null)) tally.Add(record);
            return tally;
        }
    }
}
