using System;
using Standards.Engine.Evidence;

namespace Standards.Engine.Tests.Evidence
{
    /// <summary>A temporary folder with an evidence file that names a case-sample CSV beside it.</summary>
    internal sealed class CaseSampleCsvFiles : IDisposable
    {
        private readonly EvidenceFiles _files = new EvidenceFiles();

        /// <summary>The CSV's path as diagnostics name it.</summary>
        public string Csv => _files.Display("cases.csv");

        /// <summary>The evidence file's path as diagnostics name it.</summary>
        public string Yaml => _files.Display("pdu.yaml");

        /// <summary>Writes the CSV text and an evidence file (<paramref name="yaml"/> then the <c>cases_file</c> key) and reads it.</summary>
        public EvidenceLoadResult Read(string csv, string yaml = "case_sample:\n")
        {
            _files.Write("cases.csv", csv);
            return EvidenceReader.ReadFile(_files.Write("pdu.yaml", yaml + "  cases_file: cases.csv\n"));
        }

        /// <summary>Writes the CSV as raw bytes and reads it.</summary>
        public EvidenceLoadResult Read(byte[] csv)
        {
            _files.Write("cases.csv", csv);
            return EvidenceReader.ReadFile(_files.Write("pdu.yaml", "case_sample:\n  cases_file: cases.csv\n"));
        }

        public void Dispose() => _files.Dispose();
    }
}
