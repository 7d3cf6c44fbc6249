using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Standards.Cli.Serve
{
    /// <summary>
    /// Looks at the rule files every <see cref="PollInterval"/> so edits reach the running server. A fault is
    /// logged and the next look goes ahead: the watcher never stops the host.
    /// </summary>
    internal sealed class RulebookWatcher : BackgroundService
    {
        /// <summary>How often the rule files are looked at.</summary>
        public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(25);

        private readonly LiveRulebook _rulebook;
        private readonly ILogger<RulebookWatcher> _logger;

        public RulebookWatcher(LiveRulebook rulebook, ILogger<RulebookWatcher> logger)
        {
            _rulebook = rulebook;
            _logger = logger;
        }

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                try
                {
                    _rulebook.Refresh();
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    _logger.LogError(e, "looking at the rule files failed; trying again in {Interval} ms", PollInterval.TotalMilliseconds);
                }
            }
        }
    }
}
