using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Standards.Cli.Hosting;
using Standards.Cli.Serve;

namespace Standards.Cli.Commands
{
    /// <summary><c>standards serve</c>: a web page on 127.0.0.1 where an inspector previews ratings.</summary>
    internal sealed class ServeCommand
    {
        /// <summary>The largest request body accepted (Kestrel's <c>MaxRequestBodySize</c>); larger ones get 413 unread.</summary>
        public const int MaxEvidenceBytes = 1024 * 1024;

        /// <summary>The response header naming the content hash of the rulebook that answered.</summary>
        public const string RulebookHashHeader = "X-Rulebook-Hash";

        private readonly RulebookProvider _rulebooks;

        public ServeCommand(RulebookProvider rulebooks)
        {
            _rulebooks = rulebooks;
        }

        public int Run(string? rulesDirectory, int port, string? examplesFolder, TextWriter output, TextWriter error)
        {
            if (RulebookProvider.IsMissingFolder(rulesDirectory, error)) return ExitCodes.Usage;
            var builder = WebApplication.CreateSlimBuilder();
            ServeLogging.Configure(builder.Logging);
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxEvidenceBytes);
            builder.Services.AddSingleton(services => new LiveRulebook(_rulebooks, rulesDirectory, services.GetRequiredService<ILogger<LiveRulebook>>()));
            builder.Services.AddHostedService<RulebookWatcher>();
            using var app = builder.Build();
            app.UseRequestLogging();
            var live = app.Services.GetRequiredService<LiveRulebook>();
            if (live.Current is null)
            {
                RulebookProvider.WriteErrors(rulesDirectory, live.Problems, error);
                return ExitCodes.Failed;
            }

            Map(app, live, ExamplesLocator.Resolve(examplesFolder, rulesDirectory, AppContext.BaseDirectory));
            try
            {
                app.Start();
            }
            catch (IOException e)
            {
                error.WriteLine($"cannot serve on 127.0.0.1 port {port}: {e.Message}; stop whatever uses it, or pick another port with --port");
                return ExitCodes.Failed;
            }

            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            output.WriteLine($"serving provisional ratings on {address} (Ctrl+C to stop)");
            output.Flush();
            app.WaitForShutdown();
            var watcher = app.Services.GetServices<IHostedService>().OfType<RulebookWatcher>().Single();
            if (watcher.ExecuteTask?.IsFaulted == true)
            {
                error.WriteLine($"internal error in standards serve (please report it): the rule watcher stopped: {watcher.ExecuteTask.Exception}");
                return ExitCodes.InternalError;
            }

            return ExitCodes.Success;
        }

        private static void Map(WebApplication app, LiveRulebook live, string examplesDirectory)
        {
            app.Use((context, next) =>
            {
                context.Response.OnStarting(() =>
                {
                    if (!context.Response.Headers.ContainsKey(RulebookHashHeader)) context.Response.Headers[RulebookHashHeader] = live.Current!.Rulebook.ContentHash;
                    return Task.CompletedTask;
                });
                return next(context);
            });
            app.MapGet("/api/status", (HttpResponse response) =>
            {
                var rulebook = live.Current!.Rulebook;
                response.Headers[RulebookHashHeader] = rulebook.ContentHash;
                return Results.Json(new
                {
                    id = rulebook.Manifest.Id,
                    version = rulebook.Manifest.Version,
                    content_hash = rulebook.ContentHash,
                    problems = live.Problems.Select(d => d.ToString()).ToArray(),
                    reloads = live.Reloads,
                });
            });
            WorkbenchEndpoints.Map(app, live, examplesDirectory);
        }
    }
}
