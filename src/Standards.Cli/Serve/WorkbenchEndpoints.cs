using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Standards.Cli.Commands;
using Standards.Cli.Output;
using Standards.Cli.Report;
using Standards.Engine.Evidence;
using Standards.Engine.Schema;
using Standards.Rules.Diagnostics;

namespace Standards.Cli.Serve
{
    /// <summary>
    /// The inspector's workbench routes: the page and its assets, the examples, reading evidence into the form,
    /// rating (HTML, fragment or JSON), YAML download and the evidence schema.
    /// </summary>
    internal static class WorkbenchEndpoints
    {
        public static void Map(WebApplication app, LiveRulebook live, string examplesDirectory)
        {
            app.MapGet("/", () => Results.Content(WorkbenchAssets.Page, "text/html; charset=utf-8"));
            app.MapGet("/assets/{name}", (string name) => WorkbenchAssets.Find(name) is string asset
                ? Results.Content(asset, name.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8")
                : Results.NotFound());
            app.MapGet("/api/examples", () => Results.Json(Directory.Exists(examplesDirectory)
                ? Directory.GetFiles(examplesDirectory, "*.yaml").Select(Path.GetFileNameWithoutExtension).OrderBy(n => n, StringComparer.Ordinal).ToArray()
                : Array.Empty<string>()));
            app.MapGet("/api/examples/{name}", (string name) =>
            {
                name = Path.GetFileNameWithoutExtension(name);
                var file = Path.Combine(examplesDirectory, name + ".yaml");
                if (name.Length == 0 || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.Contains("..", StringComparison.Ordinal) || !File.Exists(file))
                {
                    return Results.NotFound();
                }

                return Results.Json(Read(File.ReadAllText(file), name));
            });
            app.MapPost("/api/evidence", async (HttpRequest request) =>
            {
                var text = await ReadBody(request);
                if (text is null) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
                var result = Read(text, null);
                return result["evidence"] is null ? Results.Json(result, statusCode: StatusCodes.Status400BadRequest) : Results.Json(result);
            });
            app.MapPost("/api/rate", async (HttpRequest request, HttpResponse response) =>
            {
                // One rulebook for the whole request: the one whose hash the response names.
                var current = live.Current!;
                response.Headers[Commands.ServeCommand.RulebookHashHeader] = current.Rulebook.ContentHash;
                var text = await ReadBody(request);
                if (text is null) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
                var evidence = EvidenceReader.Read("evidence", Encoding.UTF8.GetBytes(text), rulebook: current.Rulebook);
                if (evidence.Evidence is null)
                {
                    var tree = EvidenceTree.Read(text, new DiagnosticBag());
                    return Results.Json(new JsonObject { ["diagnostics"] = Describe(evidence.Diagnostics, tree) }, statusCode: StatusCodes.Status400BadRequest);
                }

                var report = current.Rate(evidence.Evidence);
                using var writer = new StringWriter();
                switch (request.Query["format"].ToString())
                {
                    case "json":
                        ReportJsonWriter.Write(report, evidence.Evidence, writer);
                        return Results.Text(writer.ToString(), "application/json; charset=utf-8", Encoding.UTF8);
                    case "fragment":
                        ReportBodyWriter.Write(report, evidence.Evidence, writer);
                        break;
                    default:
                        HtmlReportWriter.Write(report, evidence.Evidence, writer);
                        break;
                }

                return Results.Text(writer.ToString(), "text/html; charset=utf-8", Encoding.UTF8);
            });
            app.MapPost("/api/yaml", async (HttpRequest request) =>
            {
                var text = await ReadBody(request);
                if (text is null) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
                var tree = EvidenceTree.Read(text, new DiagnosticBag());
                var yaml = EvidenceYamlWriter.Write(tree?.Json, $"PDU evidence saved from the standards workbench on {DateTime.UtcNow:yyyy-MM-dd}");
                return Results.Text(yaml, "application/yaml; charset=utf-8", Encoding.UTF8);
            });
            app.MapGet("/api/schema/evidence", () => Results.Text(EvidenceFileSchema.Generate(EvidenceSchema.Instance), "application/schema+json; charset=utf-8", Encoding.UTF8));
        }

        /// <summary>The evidence as the form reads it (comments and notes about sources dropped) and its diagnostics, each with its field.</summary>
        private static JsonObject Read(string text, string? name)
        {
            var diagnostics = new DiagnosticBag();
            var tree = EvidenceTree.Read(text, diagnostics);
            var checkedEvidence = EvidenceReader.Read("evidence", Encoding.UTF8.GetBytes(text));
            return new JsonObject
            {
                ["name"] = name,
                ["evidence"] = tree?.Json?.DeepClone(),
                ["diagnostics"] = Describe(checkedEvidence.Diagnostics, tree),
            };
        }

        private static JsonArray Describe(System.Collections.Generic.IReadOnlyList<Diagnostic> diagnostics, EvidenceTree? tree) =>
            new JsonArray(diagnostics.Select(d => (JsonNode)new JsonObject
            {
                ["id"] = d.Id,
                ["severity"] = d.Severity.ToString().ToLowerInvariant(),
                ["line"] = d.Span.Line,
                ["column"] = d.Span.Column,
                ["field"] = tree?.PathAt(d),
                ["message"] = d.Message,
            }).ToArray());

        /// <summary>The request body as text, or null when it is larger than the server accepts.</summary>
        private static async Task<string?> ReadBody(HttpRequest request)
        {
            using var buffer = new MemoryStream();
            try
            {
                await request.Body.CopyToAsync(buffer);
            }
            catch (BadHttpRequestException)
            {
                return null;
            }

            return buffer.Length > ServeCommand.MaxEvidenceBytes ? null : Encoding.UTF8.GetString(buffer.ToArray());
        }
    }
}
