using Xunit;
using static Standards.Engine.Tests.Evidence.EvidenceFiles;

namespace Standards.Engine.Tests.Evidence
{
    /// <summary>STD4016: a PDU name that is present but empty.</summary>
    public class STD4016BlankTextTests
    {
        [Theory]
        [InlineData("\"\"")]
        [InlineData("\"   \"")]
        [InlineData("")]
        public void EmptyPduName_IsReportedAtTheKey(string value)
        {
            var result = Read($"pdu:\n  name: {value}\n  region: Wales\n");

            AssertSingle(result, "STD4016", InlinePath, 2, 3, "`pdu.name` (line 2) is empty");
        }

        [Fact]
        public void NoNameKey_IsAccepted()
        {
            var result = Read("pdu:\n  region: Wales\n");

            AssertDiagnostics(result);
        }
    }
}
