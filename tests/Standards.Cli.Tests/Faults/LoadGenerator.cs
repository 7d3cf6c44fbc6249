using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Standards.Cli.Tests.Faults
{
    /// <summary>
    /// A paced load on a loopback <c>standards serve</c>: <c>POST /api/rate?format=json</c> with real evidence and
    /// <c>GET /api/status</c>, at a fixed total rate, until stopped or a deadline passes. Every response is
    /// recorded with the rulebook hash it names; a rating must name the same hash in its header and its body.
    /// </summary>
    internal sealed class LoadGenerator
    {
        private readonly HttpClient _http;
        private readonly string _evidence;
        private readonly Stopwatch _clock;
        private readonly ConcurrentQueue<ServedResponse> _responses = new();

        public LoadGenerator(HttpClient http, string evidence, Stopwatch clock)
        {
            _http = http;
            _evidence = evidence;
            _clock = clock;
        }

        /// <summary>Everything answered so far.</summary>
        public IReadOnlyList<ServedResponse> Responses => _responses.ToList();

        /// <summary>Sends <paramref name="perSecond"/> requests a second over <paramref name="workers"/> connections until <paramref name="stop"/> or <paramref name="limit"/>.</summary>
        public Task RunAsync(int perSecond, int workers, TimeSpan limit, CancellationToken stop)
        {
            var deadline = _clock.Elapsed + limit;
            var interval = TimeSpan.FromSeconds((double)workers / perSecond);
            return Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
            {
                var next = _clock.Elapsed + interval * w / workers;
                for (long i = 0; !stop.IsCancellationRequested && _clock.Elapsed < deadline; i++)
                {
                    var wait = next - _clock.Elapsed;
                    if (wait > TimeSpan.Zero) await Task.Delay(wait);
                    next += interval;
                    _responses.Enqueue(await SendAsync(rate: (i + w) % 4 == 0));
                }
            })));
        }

        private async Task<ServedResponse> SendAsync(bool rate)
        {
            double sent = _clock.Elapsed.TotalMilliseconds;
            try
            {
                using var response = rate
                    ? await _http.PostAsync("/api/rate?format=json", new StringContent(_evidence, Encoding.UTF8))
                    : await _http.GetAsync("/api/status");
                var body = await response.Content.ReadAsStringAsync();
                double received = _clock.Elapsed.TotalMilliseconds;
                var hash = response.Headers.TryGetValues(Standards.Cli.Commands.ServeCommand.RulebookHashHeader, out var values) ? values.Single() : null;
                string? failure = null;
                if (response.StatusCode != HttpStatusCode.OK) failure = $"HTTP {(int)response.StatusCode}: {body}";
                else if (hash is null) failure = "no rulebook hash header";
                else
                {
                    var root = JsonDocument.Parse(body).RootElement;
                    var named = (rate ? root.GetProperty("rulebook") : root).GetProperty("content_hash").GetString();
                    if (named != hash) failure = $"the header names {hash} but the body {named}";
                }

                return new ServedResponse(sent, received, hash, failure);
            }
            catch (Exception e) when (e is HttpRequestException || e is TaskCanceledException || e is JsonException || e is KeyNotFoundException)
            {
                return new ServedResponse(sent, _clock.Elapsed.TotalMilliseconds, null, e.GetType().Name + ": " + e.Message);
            }
        }
    }
}
