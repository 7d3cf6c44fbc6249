using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Standards.Engine.Examples;

namespace Standards.Cli.Output
{
    /// <summary>Writes example-case results as JUnit XML for CI: one test suite per example file, one test case per example.</summary>
    internal static class JUnitReportWriter
    {
        public static XDocument Build(IReadOnlyList<(ExampleOutcome Outcome, IReadOnlyList<string> Why)> results, double seconds)
        {
            var suites = results
                .GroupBy(r => r.Outcome.Example.Span.Path)
                .Select(file => new XElement("testsuite",
                    new XAttribute("name", file.Key),
                    new XAttribute("tests", file.Count()),
                    new XAttribute("failures", file.Count(r => !r.Outcome.Passed)),
                    new XAttribute("errors", 0),
                    file.Select(r => new XElement("testcase",
                        new XAttribute("classname", file.Key),
                        new XAttribute("name", r.Outcome.Example.Name),
                        new XAttribute("file", file.Key),
                        new XAttribute("line", r.Outcome.Example.Span.Line),
                        r.Outcome.Passed ? null : new XElement("failure",
                            new XAttribute("message", r.Why.FirstOrDefault() ?? "failed"),
                            new XAttribute("type", "STD2009"),
                            string.Join("\n", r.Why))))));
            return new XDocument(
                new XDeclaration("1.0", "utf-8", null),
                new XElement("testsuites",
                    new XAttribute("name", "standards test"),
                    new XAttribute("tests", results.Count),
                    new XAttribute("failures", results.Count(r => !r.Outcome.Passed)),
                    new XAttribute("time", seconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)),
                    suites));
        }
    }
}
