using Standards.Rules.Diagnostics;
using Standards.Rules.Facts;

namespace Standards.Engine.Evidence.Checks
{
    /// <summary>Runs one kind of <see cref="EvidenceCheck"/> on a record that declares it.</summary>
    internal interface IEvidenceCheck
    {
        /// <summary>Reports every way the record breaks the declared check.</summary>
        void Run(EvidenceRecord record, EvidenceCheckAttribute declaration, DiagnosticBag diagnostics);
    }
}
