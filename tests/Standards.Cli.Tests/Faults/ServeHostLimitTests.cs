using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;
using Xunit;

namespace Standards.Cli.Tests.Faults
{
    /// <summary>
    /// Where <c>standards serve</c> cannot go on it says so and exits non-zero (a port already in use); where a
    /// request is too large, Kestrel refuses it with 413 before buffering it.
    /// </summary>
    public sealed class ServeHostLimitTests
    {
        [Fact]
        public void A_port_in_use_ends_with_exit_code_1_and_a_message()
        {
            using var taken = new TcpListener(IPAddress.Loopback, 0);
            taken.Start();
            int port = ((IPEndPoint)taken.LocalEndpoint).Port;

            var (exitCode, output, error) = StandardsProcess.Run("serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

            Assert.Equal(1, exitCode);
            Assert.Equal(string.Empty, output);
            Assert.Contains($"cannot serve on 127.0.0.1 port {port}:", error);
            Assert.Contains("pick another port with --port", error);
        }

        [Fact]
        public async Task A_body_over_1_MB_gets_413_and_one_just_under_is_read()
        {
            using var server = new ServerProcess();
            using var http = new HttpClient { BaseAddress = server.Address };

            using var over = await http.PostAsync("/api/rate", new ByteArrayContent(new byte[1024 * 1024 + 1]));
            using var chunked = await http.PostAsync("/api/rate", new StreamContent(new System.IO.MemoryStream(new byte[3 * 1024 * 1024])) { Headers = { ContentLength = null } });
            var under = new byte[1024 * 1024];
            Array.Fill(under, (byte)'#');
            using var justUnder = await http.PostAsync("/api/rate", new ByteArrayContent(under));

            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, over.StatusCode);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunked.StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, justUnder.StatusCode);
            Assert.False(server.HasExited);
        }
    }
}
