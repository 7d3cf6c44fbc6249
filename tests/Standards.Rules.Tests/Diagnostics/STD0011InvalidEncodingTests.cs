using System.Linq;
using System.Text;
using Standards.Rules.Loading;
using Xunit;
using static Standards.Rules.Tests.Diagnostics.RuleFiles;

namespace Standards.Rules.Tests.Diagnostics
{
    /// <summary>STD0011: the file is not UTF-8.</summary>
    public class STD0011InvalidEncodingTests
    {
        [Fact]
        public void Latin1Byte_IsReportedAtItsLineAndColumn()
        {
            // "Caf\xE9": the é saved as Latin-1 is byte 0xE9 at line 3, column 13.
            var bytes = Encoding.ASCII.GetBytes("standard:\n  id: P1.2\n  title: Caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.ASCII.GetBytes(" staffing\n")).ToArray();

            var result = Load(File(ManifestPath, Manifest), new RuleSource(StandardPath, bytes));

            AssertSingle(result, "STD0011", StandardPath, 3, 13, "the byte 0xE9 is not valid UTF-8; save the file as UTF-8");
        }

        [Fact]
        public void Utf16File_IsReportedAtTheStart()
        {
            var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Standard())).ToArray();

            var result = Load(File(ManifestPath, Manifest), new RuleSource(StandardPath, bytes));

            AssertSingle(result, "STD0011", StandardPath, 1, 1, "the file is saved as UTF-16; save the file as UTF-8");
        }

        [Fact]
        public void Utf8ByteOrderMark_IsAccepted()
        {
            var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Standard())).ToArray();

            var result = Load(File(ManifestPath, Manifest), new RuleSource(StandardPath, bytes));

            AssertDiagnostics(result);
        }
    }
}
