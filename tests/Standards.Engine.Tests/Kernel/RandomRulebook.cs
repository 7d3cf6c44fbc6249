using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Standards.Engine.Evidence;
using Standards.Rules.Facts;
using Standards.Rules.Loading;

namespace Standards.Engine.Tests.Kernel
{
    /// <summary>
    /// Random rulebooks drawn from the rule language: one to three domain-one standards whose ladders and caps have
    /// random conditions (comparisons in every unit, between, in, yes/no and text fields, arithmetic, and/or/not and
    /// every aggregate), an optional domain-two standard with random measures, and random overall and case-sample bands.
    /// </summary>
    internal static class RandomRulebook
    {
        private static readonly string[] Grades = { "inadequate", "requires_improvement", "good", "outstanding" };
        private static readonly string[] Comparisons = { "<", "<=", ">", ">=", "==", "!=" };

        private static readonly string[] Aggregates =
        {
            "count(judgements.prompts where key_question == \"{K}\" and met) >= {N}",
            "count(judgements.prompts where met) < {N}",
            "percent(judgements.prompts where key_question == \"{K}\" and met) >= {P}%",
            "percent(case_sample.cases where oversight_sufficient) >= {P}%",
            "percent(case_sample.cases where first_touch_point_on_time and not assessment_safety) < {P}%",
            "mean(workload.practitioners.caseload) <= {N}",
            "max(workload.practitioners.wmt_percent where grade == \"PO\") <= {P}%",
            "min(workload.practitioners.caseload) >= {N}",
            "sum(workload.practitioners.caseload where caseload > {N}) > {N}",
            "count(case_sample.cases) == {N}",
        };

        private static readonly string[] Measures =
        {
            "case_sample.assessment.engagement", "case_sample.planning.safety", "case_sample.reviewing.desistance",
            "case_sample.oversight_sufficient_percent", "percent(case_sample.cases where assessment_engagement)",
            "percent(case_sample.cases where planning_safety or reviewing_safety)",
        };

        private static readonly IReadOnlyList<(string Path, FactMember Member)> Fields = Leaves(EvidenceSchema.Instance.Root, string.Empty).ToList();

        /// <summary>The rule files of a random rulebook.</summary>
        public static IReadOnlyList<RuleSource> Create(Random random)
        {
            int domainOne = random.Next(1, 4);
            bool domainTwo = random.Next(3) == 0;
            int standards = domainOne + (domainTwo ? 1 : 0);
            var sources = new List<RuleSource> { Source("rules/rulebook.yaml", Manifest(random, standards)) };
            for (int s = 1; s <= domainOne; s++) sources.Add(Source($"rules/P1.{s}.yaml", LadderStandard(random, s)));
            if (domainTwo) sources.Add(Source("rules/P2.1.yaml", MeasureStandard(random)));
            return sources;
        }

        private static RuleSource Source(string path, string text) => new RuleSource(path, Encoding.UTF8.GetBytes(text));

        private static string Manifest(Random random, int standards)
        {
            int top = 3 * standards;
            var cuts = Enumerable.Range(1, top).OrderBy(_ => random.Next()).Take(3).OrderBy(c => c).ToArray();
            var percents = Enumerable.Range(1, 99).OrderBy(_ => random.Next()).Take(3).OrderByDescending(p => p).ToArray();
            return $"""
                rulebook:
                  id: random
                  title: Random rulebook
                  version: 1.0.0
                  effective: 2026-04-01
                scale:
                  - {"{"} grade: inadequate, label: Inadequate, points: 0 {"}"}
                  - {"{"} grade: requires_improvement, label: Requires improvement, points: 1 {"}"}
                  - {"{"} grade: good, label: Good, points: 2 {"}"}
                  - {"{"} grade: outstanding, label: Outstanding, points: 3 {"}"}
                overall:
                  - {"{"} grade: inadequate, from: 0, to: {cuts[0] - 1} {"}"}
                  - {"{"} grade: requires_improvement, from: {cuts[0]}, to: {cuts[1] - 1} {"}"}
                  - {"{"} grade: good, from: {cuts[1]}, to: {cuts[2] - 1} {"}"}
                  - {"{"} grade: outstanding, from: {cuts[2]}, to: {top} {"}"}
                case_sample_bands:
                  - {"{"} grade: outstanding, at_least: {percents[0]}% {"}"}
                  - {"{"} grade: good, at_least: {percents[1]}% {"}"}
                  - {"{"} grade: requires_improvement, at_least: {percents[2]}% {"}"}
                  - {"{"} grade: inadequate, at_least: 0% {"}"}

                """;
        }

        private static string LadderStandard(Random random, int s)
        {
            var text = new StringBuilder($"standard:\n  id: P1.{s}\n  title: Standard {s}\n  domain: 1\n  statement: Random.\n  method: characteristics\nkey_questions:\n");
            int keyQuestions = random.Next(1, 4);
            for (int k = 1; k <= keyQuestions; k++) text.Append($"  - id: P1.{s}.{k}\n    question: Question {k}?\n");
            text.Append("characteristics:\n");
            int n = 0;
            for (int k = 1; k <= keyQuestions; k++)
            {
                for (int g = 1; g < Grades.Length; g++)
                {
                    for (int i = random.Next(1, 3); i > 0; i--) text.Append(Characteristic(random, s, k, ++n, "supports", Grades[g]));
                }
            }

            for (int c = random.Next(3); c > 0; c--) text.Append(Characteristic(random, s, random.Next(1, keyQuestions + 1), ++n, "caps", Grades[random.Next(3)]));
            return text.ToString();
        }

        private static string Characteristic(Random random, int s, int k, int n, string role, string grade) =>
            $"  - id: c{s}-{n}\n    key_question: P1.{s}.{k}\n    {role}: {grade}\n    when: '{Condition(random, 2).Replace("'", "''")}'\n    reason: Random.\n";

        private static string MeasureStandard(Random random)
        {
            var text = new StringBuilder("standard:\n  id: P2.1\n  title: Measured\n  domain: 2\n  statement: Random.\n  method: lowest_key_question\nkey_questions:\n");
            for (int k = 1; k <= random.Next(1, 4); k++)
            {
                text.Append($"  - id: P2.1.{k}\n    question: Question {k}?\n    measure: '{Measures[random.Next(Measures.Length)]}'\n");
            }

            return text.ToString();
        }

        /// <summary>A random condition up to <paramref name="depth"/> logical operators deep.</summary>
        public static string Condition(Random random, int depth)
        {
            switch (depth == 0 ? 0 : random.Next(6))
            {
                case 1: return $"({Condition(random, depth - 1)} and {Condition(random, depth - 1)})";
                case 2: return $"({Condition(random, depth - 1)} or {Condition(random, depth - 1)})";
                case 3: return $"not ({Condition(random, depth - 1)})";
                default: return Atom(random);
            }
        }

        private static string Atom(Random random)
        {
            var (path, member) = Fields[random.Next(Fields.Count)];
            switch (member.Kind)
            {
                case FactKind.Boolean: return random.Next(2) == 0 ? path : $"{path} {(random.Next(2) == 0 ? "==" : "!=")} {(random.Next(2) == 0 ? "true" : "false")}";
                case FactKind.Text:
                    return random.Next(2) == 0
                        ? $"{path} == \"{member.AllowedValues[random.Next(member.AllowedValues.Count)]}\""
                        : $"{path} in [{string.Join(", ", member.AllowedValues.Take(random.Next(1, member.AllowedValues.Count + 1)).Select(v => $"\"{v}\""))}]";
            }

            switch (random.Next(8))
            {
                case 0: return $"{path} between {Literal(random, member, 0.0, 0.5)} and {Literal(random, member, 0.5, 1.0)}";
                case 1: return $"{path} in [{Literal(random, member, 0, 1)}, {Literal(random, member, 0, 1)}]";
                case 2:
                    var (other, otherMember) = Fields.Where(f => f.Member.Kind == FactKind.Number && f.Member.Unit == member.Unit).OrderBy(_ => random.Next()).First();
                    return $"{path} + {other} {Comparisons[random.Next(4)]} {Literal(random, member, 0, 1)}";
                case 3: return $"{path} * 2 > {Literal(random, member, 0, 1)}";
                case 4:
                    var template = Aggregates[random.Next(Aggregates.Length)];
                    return template.Replace("{K}", "P1.1.1").Replace("{N}", random.Next(0, 60).ToString(CultureInfo.InvariantCulture))
                        .Replace("{P}", random.Next(0, 101).ToString(CultureInfo.InvariantCulture));
                default: return $"{path} {Comparisons[random.Next(Comparisons.Length)]} {Literal(random, member, 0, 1)}";
            }
        }

        /// <summary>A literal in the field's unit, between the given shares of its plausible range, on the 0.1 grid random evidence uses.</summary>
        private static string Literal(Random random, FactMember member, double from, double to)
        {
            double min = member.Min ?? 0;
            double max = Math.Min(member.Max ?? 100, member.Unit == FactUnit.Ratio ? 30 : member.Unit == FactUnit.Fte || member.Unit == FactUnit.Count ? 200 : 400);
            double value = Math.Round(min + (from + random.NextDouble() * (to - from)) * (max - min), member.Unit == FactUnit.Count ? 0 : 1);
            string number = value.ToString(CultureInfo.InvariantCulture);
            return member.Unit switch
            {
                FactUnit.Percent => number + "%",
                FactUnit.Ratio => "1:" + Math.Max(1, Math.Round(value)).ToString(CultureInfo.InvariantCulture),
                FactUnit.Days => Math.Max(2, Math.Round(value)).ToString(CultureInfo.InvariantCulture) + " days",
                _ => number,
            };
        }

        private static IEnumerable<(string, FactMember)> Leaves(FactType type, string prefix)
        {
            foreach (var member in type.Members)
            {
                var path = prefix + member.Name;
                if (member.Kind == FactKind.Record) foreach (var leaf in Leaves(member.ElementType!, path + ".")) yield return leaf;
                else if (member.Kind == FactKind.Number || member.Kind == FactKind.Boolean || (member.Kind == FactKind.Text && member.AllowedValues.Count > 0)) yield return (path, member);
            }
        }
    }
}
