using System;
using System.CommandLine;
using Standards.Cli.Commands;
using Standards.Cli.Hosting;

var rules = new Option<string?>("--rules") { Description = "A rulebook folder to use instead of the embedded reference rulebook." };
var evidence = new Argument<string>("evidence") { Description = "A PDU evidence file (YAML or JSON)." };
var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "table" };
format.AcceptOnlyFromAmong("table", "json", "markdown", "html");
var standard = new Option<string?>("--standard") { Description = "Explain one standard only, such as P1.2." };
var testDirectory = new Argument<string?>("dir") { Description = "A rulebook folder; defaults to the embedded rulebook.", Arity = ArgumentArity.ZeroOrOne };
var checkPaths = new Argument<string[]>("paths") { Description = "Rule files or folders; defaults to the embedded rulebook.", Arity = ArgumentArity.ZeroOrMore };
var checkFormat = new Option<string>("--format") { Description = "Diagnostic format.", DefaultValueFactory = _ => "text" };
checkFormat.AcceptOnlyFromAmong("text", "json", "sarif");

var rate = new Command("rate", "Rate a PDU's evidence and show provisional ratings.") { evidence, rules, format };
rate.SetAction(r => CommandHost.Run<RateCommand>(c => c.Run(r.GetValue(evidence)!, r.GetValue(rules), r.GetValue(format)!, Console.Out, Console.Error), Console.Error));

var explain = new Command("explain", "Show the trace behind each rating, near misses and what would lift it.") { evidence, rules, standard };
explain.SetAction(r => CommandHost.Run<ExplainCommand>(c => c.Run(r.GetValue(evidence)!, r.GetValue(rules), r.GetValue(standard), Console.Out, Console.Error), Console.Error));

var testFilter = new Option<string?>("--filter") { Description = "Run only the example cases whose name contains this text." };
var testQuiet = new Option<bool>("--quiet", "-q") { Description = "Print only failing cases and the summary." };
var testJUnit = new Option<string?>("--junit") { Description = "Also write the results as JUnit XML to this file, for CI." };
var testCoverage = new Option<bool>("--coverage") { Description = "Report which characteristic outcomes, condition atoms (MC/DC) and key-question rungs the cases exercise." };
var testMinCoverage = new Option<double?>("--min-coverage") { Description = "Fail when coverage is below this percentage (implies --coverage)." };
var testFormat = new Option<string>("--format") { Description = "Coverage report format; json prints only the report on standard output.", DefaultValueFactory = _ => "text" };
testFormat.AcceptOnlyFromAmong("text", "json");
var test = new Command("test", "Run the rulebook's example cases.") { testDirectory, testFilter, testQuiet, testJUnit, testCoverage, testMinCoverage, testFormat };
test.SetAction(r => CommandHost.Run<TestCommand>(c => c.Run(r.GetValue(testDirectory), new TestOptions
{
    Filter = r.GetValue(testFilter),
    Quiet = r.GetValue(testQuiet),
    JUnitFile = r.GetValue(testJUnit),
    Coverage = r.GetValue(testCoverage),
    MinCoverage = r.GetValue(testMinCoverage),
    Format = r.GetValue(testFormat)!,
}, Console.Out, Console.Error), Console.Error));

var helpBase = new Option<string>("--help-base") { Description = "Where the diagnostic pages (docs/diagnostics) are published, for help links in JSON and SARIF.", DefaultValueFactory = _ => Standards.Rules.Diagnostics.DiagnosticDescriptor.DefaultHelpBase };
var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Fail (exit code 1) on warnings too." };
var check = new Command("check", "Check rule files and show every problem with its position.") { checkPaths, checkFormat, helpBase, warningsAsErrors };
check.SetAction(r => CommandHost.Run<CheckCommand>(c => c.Run(r.GetValue(checkPaths) ?? Array.Empty<string>(), r.GetValue(checkFormat)!, r.GetValue(helpBase)!, r.GetValue(warningsAsErrors), Console.Out, Console.Error), Console.Error));

var schemaOutput = new Option<string?>("--output") { Description = "Write the schema to this file instead of standard output." };
var schemaEvidence = new Option<bool>("--evidence") { Description = "Write the schema for PDU evidence files instead of rule files." };
var schema = new Command("schema", "Write the JSON Schema for rule files (or, with --evidence, evidence files), for editor completion.") { rules, schemaOutput, schemaEvidence };
schema.SetAction(r => CommandHost.Run<SchemaCommand>(c => c.Run(r.GetValue(rules), r.GetValue(schemaOutput), r.GetValue(schemaEvidence), Console.Out, Console.Error), Console.Error));

var port = new Option<int>("--port") { Description = "The port on 127.0.0.1 (0 picks a free one).", DefaultValueFactory = _ => 5080 };
var examplesFolder = new Option<string?>("--examples") { Description = "A folder of example evidence files offered on the page; by default the examples beside the rulebook folder, else those shipped with the tool." };
var serve = new Command("serve", "Serve a page on 127.0.0.1 for previewing ratings; reloads --rules edits, keeping the last good rulebook.") { rules, port, examplesFolder };
serve.SetAction(r => CommandHost.Run<ServeCommand>(c => c.Run(r.GetValue(rules), r.GetValue(port), r.GetValue(examplesFolder), Console.Out, Console.Error), Console.Error));

var before = new Option<string?>("--before") { Description = "The rulebook folder before the edit; defaults to the embedded rulebook." };
var after = new Option<string>("--after") { Description = "The rulebook folder after the edit.", Required = true };
var diffEvidence = new Argument<string[]>("evidence") { Description = "Evidence files or folders of past PDUs.", Arity = ArgumentArity.OneOrMore };
var diff = new Command("diff", "Show which ratings an edit to the rulebook moves, across past PDU evidence.") { diffEvidence, before, after };
diff.SetAction(r => CommandHost.Run<DiffCommand>(c => c.Run(r.GetValue(before), r.GetValue(after)!, r.GetValue(diffEvidence)!, Console.Out, Console.Error), Console.Error));

var root = new RootCommand("Standards: provisional inspection ratings from YAML rating characteristics.") { rate, explain, test, check, diff, schema, serve };
VersionAction.Attach(root);
return UsageErrors.Invoke(root.Parse(args), Console.Error);
