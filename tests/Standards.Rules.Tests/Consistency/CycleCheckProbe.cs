using Standards.Rules.Consistency;
using Standards.Rules.Diagnostics;

namespace Standards.Rules.Tests.Consistency
{
    /// <summary>Runs the internal STD2008 check on a hand-built graph.</summary>
    internal static class CycleCheckProbe
    {
        public static void Run(DerivedFactGraph graph, DiagnosticBag diagnostics) => CycleCheck.Run(graph, diagnostics);
    }
}
