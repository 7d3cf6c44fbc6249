using System;
using System.IO;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Standards.Cli.Hosting
{
    /// <summary>Builds the generic host for one command, runs its handler and maps the outcome to an exit code.</summary>
    internal static class CommandHost
    {
        public static int Run<THandler>(Func<THandler, int> run, TextWriter error)
            where THandler : notnull
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            builder.Logging.ClearProviders();
            builder.Services.AddStandards();
            using var host = builder.Build();
            try
            {
                return run(host.Services.GetRequiredService<THandler>());
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                error.WriteLine($"internal error in standards (please report it): {e}");
                return ExitCodes.InternalError;
            }
        }
    }
}
