using System;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Standards.Cli.Hosting;
using Standards.Cli.Output;
using Standards.Cli.Serve;
using Standards.Engine.Evidence;

namespace Standards.Cli.Commands
{
    /// <summary><c>standards serve</c>: a web page on 127.0.0.1 where an inspector previews ratings.</summary>
    internal sealed class ServeCommand
    {
        /// <summary>The largest evidence body accepted.</summary>
        public const int MaxEvidenceBytes = 2 * 1024 * 1024;

        private readonly RulebookProvider _rulebooks;

        public ServeCommand(RulebookProvider rulebooks)
        {
            _rulebooks = rulebooks;
        }

        public int Run(string? rulesDirectory, int port, string? examplesFolder, TextWriter output, TextWriter error)
        {
            LiveRulebook live;
            try
            {
                live = new LiveRulebook(_rulebooks, rulesDirectory);
            }
            catch (InvalidOperationException e)
            {
                error.WriteLine(e.Message);
                return ExitCodes.Failed;
            }

            var examplesDirectory = ExamplesLocator.Resolve(examplesFolder, rulesDirectory, AppContext.BaseDirectory);
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
            builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
            builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
            builder.Services.AddSingleton(live);
            builder.Services.AddHostedService<RulebookWatcher>();
            var app = builder.Build();
            app.UseRequestLogging();
            Map(app, live, examplesDirectory);
            app.Start();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            output.WriteLine($"serving provisional ratings on {address} (Ctrl+C to stop)");
            output.Flush();
            app.WaitForShutdown();
            return ExitCodes.Success;
        }

        private static void Map(WebApplication app, LiveRulebook live, string examplesDirectory)
        {
            app.MapGet("/api/status", () =>
            {
                var manifest = live.Current!.Rulebook.Manifest;
                return Results.Json(new
                {
                    id = manifest.Id,
                    version = manifest.Version,
                    content_hash = live.Current.Rulebook.ContentHash,
                    problems = live.Problems.Select(d => d.ToString()).ToArray(),
                });
            });
            WorkbenchEndpoints.Map(app, live, examplesDirectory);
        }
    }
}
