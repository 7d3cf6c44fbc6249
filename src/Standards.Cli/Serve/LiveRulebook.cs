using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Standards.Cli.Hosting;
using Standards.Engine.Compilation;
using Standards.Rules.Diagnostics;

namespace Standards.Cli.Serve
{
    /// <summary>
    /// The rulebook a running server rates with. With <c>--rules DIR</c> it reloads when the files change; a broken
    /// edit is reported but the last good rulebook keeps serving.
    /// </summary>
    internal sealed class LiveRulebook
    {
        private readonly RulebookProvider _provider;
        private readonly string? _directory;
        private readonly object _gate = new();
        private string _signature = string.Empty;

        public LiveRulebook(RulebookProvider provider, string? directory)
        {
            _provider = provider;
            _directory = directory;
            Refresh();
            if (Current is null)
            {
                throw new InvalidOperationException("the rulebook has errors:\n" + string.Join("\n", Problems));
            }
        }

        /// <summary>The last rulebook that loaded without errors.</summary>
        public CompiledRulebook? Current { get; private set; }

        /// <summary>The diagnostics of the latest load; empty when it was clean.</summary>
        public IReadOnlyList<Diagnostic> Problems { get; private set; } = Array.Empty<Diagnostic>();

        /// <summary>When the latest reload attempt happened (UTC).</summary>
        public DateTime LastChecked { get; private set; }

        /// <summary>Reloads when the rule files changed since the last look. Safe to call from a timer.</summary>
        public void Refresh()
        {
            lock (_gate)
            {
                LastChecked = DateTime.UtcNow;
                var signature = Signature();
                if (signature == _signature) return;
                _signature = signature;
                var compiled = _provider.LoadCompiled(_directory, TextWriter.Null, out var result);
                Problems = result.Diagnostics;
                if (compiled != null) Current = compiled;
            }
        }

        private string Signature()
        {
            if (_directory is null) return "embedded";
            if (!Directory.Exists(_directory)) return "missing";
            return string.Join("|", Directory.EnumerateFiles(_directory, "*.y*ml", SearchOption.AllDirectories)
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => new FileInfo(f))
                .Select(f => $"{f.FullName}:{f.Length}:{f.LastWriteTimeUtc.Ticks}"));
        }
    }
}
