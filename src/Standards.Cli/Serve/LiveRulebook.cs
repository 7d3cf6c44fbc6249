using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.Extensions.Logging;
using Standards.Cli.Hosting;
using Standards.Engine.Compilation;
using Standards.Engine.Evidence;
using Standards.Rules.Diagnostics;
using Standards.Rules.Loading;
using Standards.Rules.Text;

namespace Standards.Cli.Serve
{
    /// <summary>
    /// The rulebook a running server rates with. With <c>--rules DIR</c> it reloads when the files change, once
    /// they have been still for <see cref="QuietPeriod"/>; a broken edit, an unreadable file or a fault in the
    /// reload itself is logged and shown in <see cref="Problems"/>, and the last good rulebook keeps serving.
    /// </summary>
    internal sealed class LiveRulebook
    {
        /// <summary>How long the rule files must stay unchanged before a reload reads them.</summary>
        public static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(100);

        private readonly RulebookProvider _provider;
        private readonly string? _directory;
        private readonly ILogger<LiveRulebook> _logger;
        private readonly object _gate = new();
        private string _loadedSignature = string.Empty;
        private string? _pendingSignature;
        private DateTime _pendingSince;
        private CompiledRulebook? _current;
        private IReadOnlyList<Diagnostic> _problems = Array.Empty<Diagnostic>();
        private int _reloads;

        /// <summary>Loads the rulebook once; check <see cref="Current"/> to know whether it loaded.</summary>
        public LiveRulebook(RulebookProvider provider, string? directory, ILogger<LiveRulebook> logger)
        {
            _provider = provider;
            _directory = directory;
            _logger = logger;
            lock (_gate)
            {
                for (int attempt = 0; attempt < 5 && !Guarded(RulebookSignature(), DateTime.UtcNow); attempt++)
                {
                    Thread.Sleep(QuietPeriod);
                }
            }
        }

        /// <summary>The last rulebook that loaded without errors; null only when the first load failed.</summary>
        public CompiledRulebook? Current => Volatile.Read(ref _current);

        /// <summary>The diagnostics of the latest load; empty when it was clean.</summary>
        public IReadOnlyList<Diagnostic> Problems => Volatile.Read(ref _problems);

        /// <summary>When the latest look at the rule files happened (UTC).</summary>
        public DateTime LastChecked { get; private set; }

        /// <summary>How many times the rule files were read and loaded after the first load.</summary>
        public int Reloads => Volatile.Read(ref _reloads);

        /// <summary>Reloads when the rule files changed and have since been still. Safe to call from a timer; never throws.</summary>
        public void Refresh()
        {
            lock (_gate)
            {
                var now = DateTime.UtcNow;
                LastChecked = now;
                var signature = RulebookSignature();
                if (signature == _loadedSignature)
                {
                    _pendingSignature = null;
                    return;
                }

                if (signature != _pendingSignature)
                {
                    _pendingSignature = signature;
                    _pendingSince = now;
                    return;
                }

                if (now - _pendingSince < QuietPeriod) return;
                if (Guarded(signature, now)) Interlocked.Increment(ref _reloads);
            }
        }

        private string RulebookSignature() => RuleFolderSignature.Of(_directory);

        /// <summary>Loads the files seen as <paramref name="signature"/>; false when they changed while being read.</summary>
        private bool Guarded(string signature, DateTime now)
        {
            try
            {
                return Load(signature, now);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                _loadedSignature = signature;
                _pendingSignature = null;
                _logger.LogError(e, "reloading the rulebook in {Folder} failed; still serving sha256 {Hash}", Folder, Current?.Rulebook.ContentHash ?? "(none)");
                var at = SourceSpan.At(Folder, 0, 1, 1);
                Volatile.Write(ref _problems, new[] { new Diagnostic(DiagnosticCatalog.UnreadableSource, at, $"the rulebook in `{Folder}` could not be reloaded: {e.Message}") });
                return true;
            }
        }

        private string Folder => _directory ?? "(embedded rulebook)";

        private bool Load(string signature, DateTime now)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var sources = _provider.Sources(_directory);
            var after = RulebookSignature();
            if (after != signature)
            {
                _logger.LogDebug("the rule files in {Folder} changed while being read; reading them again once they are still", Folder);
                _pendingSignature = after;
                _pendingSince = now;
                return false;
            }

            _loadedSignature = signature;
            _pendingSignature = null;
            var result = RulebookLoader.Load(sources, EvidenceSchema.Instance);
            if (result.HasErrors || result.Rulebook is null)
            {
                Volatile.Write(ref _problems, result.Diagnostics);
                var first = result.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
                _logger.LogWarning("the rulebook in {Folder} has {Count} problem(s), first {First}; still serving sha256 {Hash}",
                    Folder, result.Diagnostics.Count, first?.ToString() ?? "(none)", Current?.Rulebook.ContentHash ?? "(none)");
                return true;
            }

            var compiled = CompiledRulebook.Compile(result.Rulebook);
            Volatile.Write(ref _current, compiled);
            Volatile.Write(ref _problems, result.Diagnostics);
            _logger.LogInformation("loaded the rulebook in {Folder} in {Milliseconds} ms: sha256 {Hash}", Folder, clock.ElapsedMilliseconds, compiled.Rulebook.ContentHash);
            return true;
        }
    }
}
