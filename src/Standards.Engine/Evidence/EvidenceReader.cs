using System;
using System.IO;
using Standards.Engine.Facts;
using Standards.Rules.Diagnostics;
using Standards.Rules.Model;
using Standards.Rules.Text;
using Standards.Rules.Yaml;

namespace Standards.Engine.Evidence
{
    /// <summary>Reads and validates a PDU evidence file (YAML or JSON) before rating.</summary>
    public static class EvidenceReader
    {
        /// <summary>
        /// Reads an evidence file from disk; a CSV named by <c>case_sample.cases_file</c> is read relative to it. With a
        /// rulebook, the key questions and prompts that judgements name are checked against it.
        /// </summary>
        public static EvidenceLoadResult ReadFile(string path, Rulebook? rulebook = null)
        {
            var diagnostics = new DiagnosticBag();
            byte[] content;
            try
            {
                content = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                diagnostics.Report(DiagnosticCatalog.EvidenceFileProblem, SourceSpan.At(path, 0, 1, 1), $"the evidence file cannot be read: {e.Message}");
                return new EvidenceLoadResult(null, diagnostics.ToSortedList());
            }

            return Read(path, content, Path.GetDirectoryName(Path.GetFullPath(path)), rulebook);
        }

        /// <summary>Reads evidence from bytes. JSON is read as the YAML subset it is.</summary>
        public static EvidenceLoadResult Read(string path, byte[] content, string? baseDirectory = null, Rulebook? rulebook = null)
        {
            var diagnostics = new DiagnosticBag();
            var root = YamlDocumentReader.Read(path, content, diagnostics);
            PduEvidence? evidence = root is null ? null : new EvidenceBinder(diagnostics, baseDirectory, rulebook).Bind(root);
            return new EvidenceLoadResult(evidence, diagnostics.ToSortedList());
        }

        /// <summary>Reads the inline evidence of an example case.</summary>
        public static EvidenceLoadResult FromNode(YamlNode node, Rulebook? rulebook = null)
        {
            var diagnostics = new DiagnosticBag();
            var evidence = new EvidenceBinder(diagnostics, null, rulebook).Bind(node);
            return new EvidenceLoadResult(evidence, diagnostics.ToSortedList());
        }
    }
}
