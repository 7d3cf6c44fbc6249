using Standards.Rules.Diagnostics;
using Xunit;

namespace Standards.Rules.Tests.Consistency
{
    /// <summary>STD2009 is reserved here; the example-case runner in the engine reports it.</summary>
    public class STD2009FailingExampleCaseTests
    {
        [Fact]
        public void The_id_is_reserved_as_an_error_in_the_consistency_category()
        {
            var descriptor = DiagnosticCatalog.Find("STD2009");
            Assert.NotNull(descriptor);
            Assert.Same(DiagnosticCatalog.FailingExampleCase, descriptor);
            Assert.Equal(DiagnosticSeverity.Error, descriptor!.Severity);
            Assert.Equal("Consistency", descriptor.Category);
        }
    }
}
