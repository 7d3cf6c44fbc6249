using System;
using System.Collections.Generic;
using System.Reflection;
using Standards.Rules.Diagnostics;
using Standards.Rules.Facts;

namespace Standards.Engine.Evidence.Checks
{
    /// <summary>
    /// Runs the cross-field checks that the fact types declare with <see cref="EvidenceCheckAttribute"/>, on every
    /// record of the evidence that declares them.
    /// </summary>
    internal static class CrossFieldChecks
    {
        private static readonly IReadOnlyDictionary<EvidenceCheck, IEvidenceCheck> ByKind = new Dictionary<EvidenceCheck, IEvidenceCheck>
        {
            [EvidenceCheck.SharesOfOneWhole] = new SharesOfOneWholeCheck(),
            [EvidenceCheck.FteWithinHeadcount] = new FteWithinHeadcountCheck(),
            [EvidenceCheck.InPostNearTarget] = new InPostNearTargetCheck(),
            [EvidenceCheck.SampleSize] = new SampleSizeCheck(),
            [EvidenceCheck.DateWithinReason] = new DateWithinReasonCheck(),
            [EvidenceCheck.NeedsStaffInPost] = new NeedsStaffInPostCheck(),
            [EvidenceCheck.NotBlank] = new NotBlankCheck(),
        };

        /// <summary>Checks the record and every record below it.</summary>
        public static void Run(EvidenceRecord record, DiagnosticBag diagnostics)
        {
            foreach (var declaration in Declarations(record.Instance.GetType()))
            {
                ByKind[declaration.Check].Run(record, declaration, diagnostics);
            }

            foreach (var member in record.Type.Members)
            {
                if (member.Kind == FactKind.Record && record.Child(member.Name) is EvidenceRecord child) Run(child, diagnostics);
                if (member.Kind != FactKind.Collection) continue;
                foreach (var item in record.Items(member)) Run(item, diagnostics);
            }
        }

        /// <summary>The checks a fact type declares.</summary>
        public static IEnumerable<EvidenceCheckAttribute> Declarations(Type type) => type.GetCustomAttributes<EvidenceCheckAttribute>(true);
    }
}
