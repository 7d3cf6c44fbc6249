using Xunit;

namespace Standards.Cli.Tests
{
    /// <summary>Every command's usage errors exit with 2, as the README promises; invalid input stays 1.</summary>
    public class UsageExitCodeTests
    {
        [Theory]
        [InlineData("frobnicate")]
        [InlineData("rate")]
        [InlineData("rate", "examples/national-picture.yaml", "--format", "xml")]
        [InlineData("rate", "examples/no-such-pdu.yaml")]
        [InlineData("rate", "examples/national-picture.yaml", "--rules", "no-such-folder")]
        [InlineData("rate", "examples/national-picture.yaml", "--no-such-option")]
        [InlineData("explain")]
        [InlineData("explain", "examples/national-picture.yaml", "--standard", "P9.9")]
        [InlineData("explain", "examples/no-such-pdu.yaml")]
        [InlineData("test", "no-such-folder")]
        [InlineData("test", "rules", "extra-argument")]
        [InlineData("check", "no-such-file.yaml")]
        [InlineData("check", "rules", "--format", "xml")]
        [InlineData("diff", "examples")]
        [InlineData("diff", "examples", "--after", "no-such-folder")]
        [InlineData("diff", "no-such-evidence", "--after", "rules")]
        [InlineData("schema", "--rules", "no-such-folder")]
        [InlineData("serve", "--port", "not-a-number")]
        [InlineData("serve", "--rules", "no-such-folder")]
        [InlineData()]
        public void A_usage_error_exits_with_2_and_says_what_is_wrong(params string[] args)
        {
            var (code, output, error) = StandardsProcess.Run(args);
            Assert.True(code == 2, $"exit code {code}\n{output}\n{error}");
            Assert.NotEqual(string.Empty, error.Trim());
        }

        [Fact]
        public void A_usage_error_names_the_command_to_ask_for_help()
        {
            var (_, _, error) = StandardsProcess.Run("rate", "examples/national-picture.yaml", "--format", "xml");
            Assert.Contains("xml", error);
            Assert.Contains("run `standards rate --help` for usage", error);
        }

        [Fact]
        public void Help_is_not_a_usage_error()
        {
            var (code, output, _) = StandardsProcess.Run("rate", "--help");
            Assert.Equal(0, code);
            Assert.Contains("--format", output);
        }
    }
}
