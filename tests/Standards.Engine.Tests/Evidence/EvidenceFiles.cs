using System;
using System.IO;
using System.Linq;
using System.Text;
using Standards.Engine.Evidence;
using Standards.Rules.Diagnostics;
using Xunit;

namespace Standards.Engine.Tests.Evidence
{
    /// <summary>Evidence test helpers: in-memory reads, a temporary folder for real files, and position assertions.</summary>
    internal sealed class EvidenceFiles : IDisposable
    {
        /// <summary>The path reported for in-memory evidence.</summary>
        public const string InlinePath = "evidence/pdu.yaml";

        public EvidenceFiles()
        {
            Directory = Path.Combine(Path.GetTempPath(), "standards-evidence-tests", Guid.NewGuid().ToString("N"));
            System.IO.Directory.CreateDirectory(Directory);
        }

        /// <summary>The temporary folder, deleted on dispose.</summary>
        public string Directory { get; }

        /// <summary>Reads evidence text as if from <see cref="InlinePath"/>, with no folder for CSV files.</summary>
        public static EvidenceLoadResult Read(string text) => EvidenceReader.Read(InlinePath, Encoding.UTF8.GetBytes(text));

        /// <summary>Writes a file into the temporary folder and returns its full path.</summary>
        public string Write(string name, string text)
        {
            var path = Path.Combine(Directory, name);
            File.WriteAllText(path, text, new UTF8Encoding(false));
            return path;
        }

        /// <summary>Writes raw bytes into the temporary folder and returns its full path.</summary>
        public string Write(string name, byte[] bytes)
        {
            var path = Path.Combine(Directory, name);
            File.WriteAllBytes(path, bytes);
            return path;
        }

        /// <summary>How a file of the temporary folder is named in diagnostics (forward slashes).</summary>
        public string Display(string name) => Path.Combine(Directory, name).Replace('\\', '/');

        /// <summary>
        /// Asserts the diagnostics are exactly <paramref name="expected"/>, each written <c>"STD4001 path(line,column)"</c>,
        /// in sorted order, and that invalid evidence is never handed out. Returns them for message checks.
        /// </summary>
        public static Diagnostic[] AssertDiagnostics(EvidenceLoadResult result, params string[] expected)
        {
            Assert.Equal(expected, result.Diagnostics.Select(d => $"{d.Id} {d.Span}").ToArray());
            if (expected.Length > 0)
            {
                Assert.Null(result.Evidence);
                Assert.False(result.IsValid);
            }

            return result.Diagnostics.ToArray();
        }

        /// <summary>Asserts a single error at the given place whose message contains <paramref name="phrase"/>.</summary>
        public static Diagnostic AssertSingle(EvidenceLoadResult result, string id, string path, int line, int column, string phrase)
        {
            var diagnostic = Assert.Single(AssertDiagnostics(result, $"{id} {path}({line},{column})"));
            Assert.Contains(phrase, diagnostic.Message);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            return diagnostic;
        }

        /// <summary>
        /// Asserts a single error that names two places: its own at <paramref name="line"/>:<paramref name="column"/>, and the
        /// other field at <paramref name="otherLine"/>:<paramref name="otherColumn"/>; the message contains <paramref name="phrase"/>.
        /// </summary>
        public static Diagnostic AssertPair(EvidenceLoadResult result, string id, string path, int line, int column, string otherPath, int otherLine, int otherColumn, string phrase)
        {
            var diagnostic = AssertSingle(result, id, path, line, column, phrase);
            var other = Assert.Single(diagnostic.AdditionalSpans);
            Assert.Equal((otherPath, otherLine, otherColumn), (other.Path, other.Line, other.Column));
            return diagnostic;
        }

        public void Dispose()
        {
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
