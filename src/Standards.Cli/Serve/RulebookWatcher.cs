using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace Standards.Cli.Serve
{
    /// <summary>Polls the rule files twice a second so edits reach the running server.</summary>
    internal sealed class RulebookWatcher : BackgroundService
    {
        private readonly LiveRulebook _rulebook;

        public RulebookWatcher(LiveRulebook rulebook)
        {
            _rulebook = rulebook;
        }

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(500), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                _rulebook.Refresh();
            }
        }
    }
}
