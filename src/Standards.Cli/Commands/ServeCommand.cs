using System;
using System.IO;
using System.Linq;
using System.Text;
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
using Standards.Cli.Output;
using Standards.Cli.Serve;
using Standards.Engine.Evidence;

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

        public int Run(string? rulesDirectory, int port, string examplesDirectory, TextWriter output, TextWriter error)
        {
            if (RulebookProvider.IsMissingFolder(rulesDirectory, error)) return ExitCodes.Usage;
            var builder = WebApplication.CreateSlimBuilder();
            ServeLogging.Configure(builder.Logging);
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxEvidenceBytes);
            builder.Services.AddSingleton(services => new LiveRulebook(_rulebooks, rulesDirectory, services.GetRequiredService<ILogger<LiveRulebook>>()));
            builder.Services.AddHostedService<RulebookWatcher>();
            using var app = builder.Build();
            var live = app.Services.GetRequiredService<LiveRulebook>();
            if (live.Current is null)
            {
                RulebookProvider.WriteErrors(rulesDirectory, live.Problems, error);
                return ExitCodes.Failed;
            }

            Map(app, live, examplesDirectory);
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
            app.MapGet("/", () => Results.Content(ServePage.Html, "text/html; charset=utf-8"));
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
            app.MapGet("/api/examples", () => Results.Json(Directory.Exists(examplesDirectory)
                ? Directory.GetFiles(examplesDirectory, "*.yaml").Select(Path.GetFileNameWithoutExtension).OrderBy(n => n, StringComparer.Ordinal).ToArray()
                : Array.Empty<string>()));
            app.MapGet("/api/examples/{name}", (string name) =>
            {
                var file = Path.Combine(examplesDirectory, name + ".yaml");
                return name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0 && !name.Contains("..", StringComparison.Ordinal) && File.Exists(file)
                    ? Results.Text(File.ReadAllText(file), "text/plain; charset=utf-8")
                    : Results.NotFound();
            });
            app.MapPost("/api/rate", async (HttpRequest request, HttpResponse response) =>
            {
                var rulebook = live.Current!;
                response.Headers[RulebookHashHeader] = rulebook.Rulebook.ContentHash;
                using var buffer = new MemoryStream();
                try
                {
                    await request.Body.CopyToAsync(buffer);
                }
                catch (BadHttpRequestException e)
                {
                    return Results.StatusCode(e.StatusCode);
                }

                var evidence = EvidenceReader.Read("evidence", buffer.ToArray(), rulebook: rulebook.Rulebook);
                if (evidence.Evidence is null)
                {
                    var diagnostics = evidence.Diagnostics.Select(d => new { id = d.Id, line = d.Span.Line, column = d.Span.Column, message = d.Message }).ToArray();
                    return Results.Json(new { diagnostics }, statusCode: StatusCodes.Status422UnprocessableEntity);
                }

                var report = rulebook.Rate(evidence.Evidence);
                using var writer = new StringWriter();
                if (request.Query["format"] == "json")
                {
                    ReportJsonWriter.Write(report, writer);
                    return Results.Text(writer.ToString(), "application/json; charset=utf-8", Encoding.UTF8);
                }

                HtmlReportWriter.Write(report, writer);
                return Results.Text(writer.ToString(), "text/html; charset=utf-8", Encoding.UTF8);
            });
        }
    }
}
