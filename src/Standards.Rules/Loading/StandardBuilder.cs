using System.Collections.Generic;
using System.Linq;
using Standards.Rules.Diagnostics;
using Standards.Rules.Expressions;
using Standards.Rules.Model;
using Standards.Rules.Yaml;

namespace Standards.Rules.Loading
{
    /// <summary>Builds a <see cref="Standard"/> from a <c>standard:</c> file.</summary>
    internal static class StandardBuilder
    {
        public static Standard? Build(YamlMapping file, GradeScale? scale, DiagnosticBag diagnostics)
        {
            var top = MappingFields.Open(file, "a standard file", diagnostics, RuleKeys.StandardFile);
            if (top is null) return null;
            var headerNode = top.Node("standard", required: true);
            if (headerNode is null) return null;
            var header = MappingFields.Open(headerNode, "`standard`", diagnostics, RuleKeys.StandardHeader);
            if (header is null) return null;

            var id = header.Text("id", true);
            var title = header.Text("title", true) ?? "";
            var statement = header.Text("statement", true) ?? "";
            var domain = header.Integer("domain", true, 1, 2) ?? 1;
            var method = ReadMethod(header, domain, diagnostics);
            if (id is null) return null;

            var keyQuestions = new List<KeyQuestion>();
            var kqSequence = top.Sequence("key_questions", required: true);
            if (kqSequence != null)
            {
                foreach (var item in kqSequence.Items)
                {
                    if (BuildKeyQuestion(item, id, method, diagnostics) is KeyQuestion kq) keyQuestions.Add(kq);
                }
            }

            var characteristics = new List<Characteristic>();
            var charSequence = top.Sequence("characteristics", required: false);
            if (charSequence != null)
            {
                if (method == RatingMethod.LowestKeyQuestion && charSequence.Items.Count > 0)
                {
                    diagnostics.Report(DiagnosticCatalog.InvalidValue, top.KeyNode("characteristics")!.Span,
                        $"`{id}` is rated by `lowest_key_question`, so its characteristics would never be used; use `method: characteristics` or remove them");
                }

                foreach (var item in charSequence.Items)
                {
                    if (BuildCharacteristic(item, keyQuestions, scale, diagnostics) is Characteristic c) characteristics.Add(c);
                }
            }

            return new Standard(id, title, statement, domain, method, keyQuestions, characteristics, header.Span);
        }

        private static RatingMethod ReadMethod(MappingFields header, int domain, DiagnosticBag diagnostics)
        {
            var scalar = header.Scalar("method", true);
            var fallback = domain == 2 ? RatingMethod.LowestKeyQuestion : RatingMethod.Characteristics;
            if (scalar is null) return fallback;
            switch (scalar.Value.Trim())
            {
                case "characteristics": return RatingMethod.Characteristics;
                case "lowest_key_question": return RatingMethod.LowestKeyQuestion;
                default:
                    diagnostics.Report(DiagnosticCatalog.InvalidValue, scalar.Span,
                        $"`{scalar.Value.Trim()}` is not a rating method{Suggestions.Hint(scalar.Value.Trim(), RuleKeys.Methods)} (methods: characteristics, lowest_key_question)");
                    return fallback;
            }
        }

        private static KeyQuestion? BuildKeyQuestion(YamlNode node, string standardId, RatingMethod method, DiagnosticBag diagnostics)
        {
            var fields = MappingFields.Open(node, "a key question", diagnostics, RuleKeys.KeyQuestion);
            if (fields is null) return null;
            var idScalar = fields.Scalar("id", true);
            var question = fields.Text("question", true) ?? "";
            if (idScalar is null) return null;
            var id = idScalar.Value.Trim();
            if (!id.StartsWith(standardId + ".", System.StringComparison.Ordinal))
            {
                diagnostics.Report(DiagnosticCatalog.UnknownKeyQuestion, idScalar.Span,
                    $"the key question `{id}` is in the file of standard `{standardId}`, so its id should start with `{standardId}.`");
            }

            var prompts = new List<Prompt>();
            var promptsMapping = fields.Mapping("prompts", required: false);
            if (promptsMapping != null)
            {
                foreach (var entry in promptsMapping.Entries)
                {
                    var letter = entry.Key.Value.Trim();
                    if (letter.Length != 1 || letter[0] < 'a' || letter[0] > 'z')
                    {
                        diagnostics.Report(DiagnosticCatalog.InvalidValue, entry.Key.Span, $"prompts are lettered `a`, `b`, `c`…, but this one is `{letter}`");
                        continue;
                    }

                    if (entry.Value is YamlScalar text && !text.IsNull)
                    {
                        prompts.Add(new Prompt(letter, text.Value.Trim(), entry.Key.Span));
                    }
                    else
                    {
                        diagnostics.Report(DiagnosticCatalog.WrongValueKind, entry.Value.Span, $"prompt `{letter}` should be the prompt's text, but it is {entry.Value.KindName}");
                    }
                }
            }

            Expr? measure = null;
            var measureScalar = fields.Scalar("measure", required: method == RatingMethod.LowestKeyQuestion);
            if (measureScalar != null)
            {
                if (method != RatingMethod.LowestKeyQuestion)
                {
                    diagnostics.Report(DiagnosticCatalog.InvalidValue, fields.KeyNode("measure")!.Span,
                        $"`measure` is only used by standards rated by `lowest_key_question`; `{id}` is rated by its characteristics");
                }

                measure = ExpressionParser.Parse(measureScalar.Value, measureScalar, diagnostics);
            }

            return new KeyQuestion(id, question, prompts, measure, idScalar.Span);
        }

        private static Characteristic? BuildCharacteristic(YamlNode node, IReadOnlyList<KeyQuestion> keyQuestions, GradeScale? scale, DiagnosticBag diagnostics)
        {
            var fields = MappingFields.Open(node, "a characteristic", diagnostics, RuleKeys.Characteristic);
            if (fields is null) return null;
            var idScalar = fields.Scalar("id", true);
            var kqScalar = fields.Scalar("key_question", true);
            var reason = fields.Text("reason", true) ?? "";
            var whenScalar = fields.Scalar("when", true);
            var supports = fields.Node("supports", false);
            var caps = fields.Node("caps", false);
            if (supports != null && caps != null)
            {
                diagnostics.Report(DiagnosticCatalog.InvalidValue, fields.KeyNode("caps")!.Span,
                    "a characteristic either `supports` a grade or `caps` the standard at one, not both");
                return null;
            }

            if (supports is null && caps is null)
            {
                diagnostics.Report(DiagnosticCatalog.MissingKey, fields.Span, "a characteristic needs `supports: <grade>` or `caps: <grade>`");
                return null;
            }

            var role = supports != null ? CharacteristicRole.Supports : CharacteristicRole.Caps;
            var gradeScalar = fields.Scalar(role == CharacteristicRole.Supports ? "supports" : "caps", true);
            if (idScalar is null || kqScalar is null || whenScalar is null || gradeScalar is null) return null;

            var kqId = kqScalar.Value.Trim();
            if (keyQuestions.Count > 0 && keyQuestions.All(k => k.Id != kqId))
            {
                diagnostics.Report(DiagnosticCatalog.UnknownKeyQuestion, kqScalar.Span,
                    $"`{kqId}` is not a key question of this standard{Suggestions.Hint(kqId, keyQuestions.Select(k => k.Id))}");
            }

            if (scale != null)
            {
                var grade = GradeText.Resolve(gradeScalar, scale, diagnostics);
                if (grade != null && role == CharacteristicRole.Supports && grade.Rank == 0)
                {
                    diagnostics.Report(DiagnosticCatalog.InvalidValue, gradeScalar.Span,
                        $"`{grade.Id}` is the lowest grade and needs no support; support a higher grade or use `caps: {grade.Id}`");
                }
            }

            var condition = ExpressionParser.Parse(whenScalar.Value, whenScalar, diagnostics);
            if (condition is null) return null;
            return new Characteristic(idScalar.Value.Trim(), kqId, role, gradeScalar.Value.Trim(), condition, whenScalar.Value.Trim(), reason,
                idScalar.Span, gradeScalar.Span);
        }
    }
}
