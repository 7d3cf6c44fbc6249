using System;
using System.Collections.Generic;
using System.Globalization;
using Standards.Engine.Facts;
using Standards.Engine.Rating;
using Standards.Rules.Binding;
using Standards.Rules.Diagnostics;
using Standards.Rules.Expressions;
using Standards.Rules.Facts;

namespace Standards.Engine.Compilation
{
    /// <summary>Reads one evidence value a condition depends on, for provenance and explanations.</summary>
    internal sealed class ReadingProbe
    {
        private readonly Func<PduEvidence, object?> _read;
        private readonly FactUnit _unit;
        private readonly string _evidencePath;

        private ReadingProbe(string label, Func<PduEvidence, object?> read, FactUnit unit, string? evidencePath = null)
        {
            Label = label;
            _evidencePath = evidencePath ?? label;
            _read = read;
            _unit = unit;
        }

        /// <summary>The path or aggregate read, as written.</summary>
        public string Label { get; }

        /// <summary>Reads the value from the evidence.</summary>
        public EvidenceReading Read(PduEvidence evidence)
        {
            return new EvidenceReading(Label, _read(evidence), _unit, _evidencePath);
        }

        /// <summary>Reads every probe's value from the evidence, in order.</summary>
        public static List<EvidenceReading> ReadAll(IReadOnlyList<ReadingProbe> probes, PduEvidence evidence)
        {
            var readings = new List<EvidenceReading>(probes.Count);
            for (var i = 0; i < probes.Count; i++)
            {
                readings.Add(probes[i].Read(evidence));
            }

            return readings;
        }

        /// <summary>Finds the fields and aggregates an expression reads, outside aggregate filters, without repeats.</summary>
        public static IReadOnlyList<ReadingProbe> For(Expr expr, FactType root)
        {
            var probes = new List<ReadingProbe>();
            var seen = new HashSet<string>();
            Collect(expr, root, probes, seen);
            return probes;
        }

        private static void Collect(Expr expr, FactType root, List<ReadingProbe> probes, HashSet<string> seen)
        {
            switch (expr)
            {
                case PathExpr path when seen.Add(path.Text):
                    var resolved = FactPathResolver.Resolve(path, root, false, new DiagnosticBag());
                    probes.Add(new ReadingProbe(path.Text, ConditionCompiler.CompileGetter<PduEvidence>(path, root), resolved?.Last.Unit ?? FactUnit.None));
                    break;
                case AggregateExpr aggregate when seen.Add(aggregate.ToString()):
                    var number = ConditionCompiler.CompileNumber<PduEvidence>(aggregate, root);
                    var source = FactPathResolver.Resolve(aggregate.Source, root, true, new DiagnosticBag());
                    var unit = aggregate.Kind == AggregateKind.Percent ? FactUnit.Percent
                        : aggregate.Kind == AggregateKind.Count ? FactUnit.Count
                        : source?.Last.Unit ?? FactUnit.Number;
                    var listPath = source is null ? aggregate.Source.Text : string.Join(".", System.Linq.Enumerable.Select(source.Members, m => m.Name));
                    probes.Add(new ReadingProbe(aggregate.ToString(), e => number(e), unit, listPath));
                    break;
                case UnaryExpr unary:
                    Collect(unary.Operand, root, probes, seen);
                    break;
                case BinaryExpr binary:
                    Collect(binary.Left, root, probes, seen);
                    Collect(binary.Right, root, probes, seen);
                    break;
                case BetweenExpr between:
                    Collect(between.Value, root, probes, seen);
                    Collect(between.Low, root, probes, seen);
                    Collect(between.High, root, probes, seen);
                    break;
                case InExpr inExpr:
                    Collect(inExpr.Value, root, probes, seen);
                    foreach (var item in inExpr.Items) Collect(item, root, probes, seen);
                    break;
            }
        }

        /// <summary>Formats a value with its unit: <c>41%</c>, <c>1:12</c>, <c>9.5 days</c>, <c>yes</c>, <c>missing</c>.</summary>
        public static string Format(object? value, FactUnit unit)
        {
            switch (value)
            {
                case null: return "missing";
                case bool b: return b ? "yes" : "no";
                case double d: return UnitFormat.Format(d, unit);
                case DateTime date: return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                default: return Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
            }
        }
    }
}
