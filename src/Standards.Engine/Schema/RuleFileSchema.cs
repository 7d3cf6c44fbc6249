using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Standards.Rules.Facts;
using Standards.Rules.Loading;
using Standards.Rules.Model;

namespace Standards.Engine.Schema
{
    /// <summary>
    /// Generates the JSON Schema for rule files from the same key lists the loader validates against
    /// (<see cref="RuleKeys"/>), the rating scale and the evidence contract, so editors complete what the validator accepts.
    /// </summary>
    public static class RuleFileSchema
    {
        /// <summary>The schema's file name, as referenced by the rule files' modeline.</summary>
        public const string FileName = "standards-rules.schema.json";

        /// <summary>Generates the JSON Schema for rule files, with the grades and evidence fields of this rulebook.</summary>
        public static string Generate(GradeScale scale, IFactSchema facts)
        {
            var grades = scale.Grades.Select(g => g.Id).ToArray();
            var fields = Leaves(facts.Root, "").ToList();
            var schema = new JsonObject
            {
                ["$schema"] = "http://json-schema.org/draft-07/schema#",
                ["$id"] = "https://standards.local/schema/" + FileName,
                ["title"] = "Standards rule file",
                ["description"] = "A rulebook manifest (rulebook:), a standard (standard:) or example cases (examples:). See docs/rule-language.md.",
                ["anyOf"] = new JsonArray(Ref("manifestFile"), Ref("standardFile"), Ref("examplesFile")),
                ["definitions"] = new JsonObject
                {
                    ["grade"] = new JsonObject { ["type"] = "string", ["enum"] = Strings(grades), ["description"] = "A grade of the rating scale." },
                    ["percent"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]+(\\.[0-9]+)?%$", ["description"] = "A percentage such as 65%." },
                    ["condition"] = new JsonObject
                    {
                        ["type"] = "string",
                        ["description"] = "A condition over evidence, such as `case_sample.oversight_sufficient_percent >= 65%`. Fields: " + string.Join(", ", fields.Select(f => f.Path)),
                        ["examples"] = Strings(fields.Select(f => f.Path).ToArray()),
                    },
                    ["manifestFile"] = Object(RuleKeys.ManifestFile, new[] { "rulebook", "scale", "overall" }, new JsonObject
                    {
                        ["rulebook"] = Object(RuleKeys.ManifestIdentity, RuleKeys.ManifestIdentity, new JsonObject
                        {
                            ["id"] = Text("The rulebook id."),
                            ["title"] = Text("The rulebook title."),
                            ["version"] = Text("The version, such as 2026.1.0."),
                            ["effective"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", ["description"] = "The effective date, yyyy-mm-dd." },
                        }),
                        ["scale"] = List(Object(RuleKeys.Grade, RuleKeys.Grade, new JsonObject
                        {
                            ["grade"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[a-z_]+$" },
                            ["label"] = Text("The label shown to readers."),
                            ["points"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0 },
                        }), "The rating scale, lowest grade first."),
                        ["overall"] = List(Object(RuleKeys.OverallBand, RuleKeys.OverallBand, new JsonObject
                        {
                            ["grade"] = Ref("grade"),
                            ["from"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0 },
                            ["to"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0 },
                        }), "Overall bands: total points across the standards."),
                        ["case_sample_bands"] = List(Object(RuleKeys.CaseSampleBand, RuleKeys.CaseSampleBand, new JsonObject
                        {
                            ["grade"] = Ref("grade"),
                            ["at_least"] = Ref("percent"),
                        }), "Domain-two bands on the lowest key question percentage."),
                    }),
                    ["standardFile"] = Object(RuleKeys.StandardFile, new[] { "standard", "key_questions" }, new JsonObject
                    {
                        ["standard"] = Object(RuleKeys.StandardHeader, RuleKeys.StandardHeader, new JsonObject
                        {
                            ["id"] = new JsonObject { ["type"] = "string", ["pattern"] = "^P[0-9]+\\.[0-9]+$", ["description"] = "The standard id, such as P1.2." },
                            ["title"] = Text("The title, such as Staffing."),
                            ["domain"] = new JsonObject { ["type"] = "integer", ["enum"] = new JsonArray(1, 2) },
                            ["statement"] = Text("The standard statement."),
                            ["method"] = new JsonObject { ["type"] = "string", ["enum"] = Strings(RuleKeys.Methods.ToArray()) },
                        }),
                        ["key_questions"] = List(Object(RuleKeys.KeyQuestion, new[] { "id", "question" }, new JsonObject
                        {
                            ["id"] = new JsonObject { ["type"] = "string", ["pattern"] = "^P[0-9]+\\.[0-9]+\\.[0-9]+$" },
                            ["question"] = Text("The key question."),
                            ["prompts"] = new JsonObject
                            {
                                ["type"] = "object",
                                ["propertyNames"] = new JsonObject { ["pattern"] = "^[a-z]$" },
                                ["additionalProperties"] = new JsonObject { ["type"] = "string" },
                            },
                            ["measure"] = Ref("condition"),
                        }), "The key questions."),
                        ["characteristics"] = List(CharacteristicSchema(), "The rating characteristics."),
                    }),
                    ["examplesFile"] = Object(RuleKeys.ExamplesFile, RuleKeys.ExamplesFile, new JsonObject
                    {
                        ["examples"] = List(Object(RuleKeys.ExampleCase, RuleKeys.ExampleCase, new JsonObject
                        {
                            ["name"] = Text("The case name."),
                            ["evidence"] = Ref("evidence_" + facts.Root.Name),
                            ["expect"] = new JsonObject
                            {
                                ["type"] = "object",
                                ["additionalProperties"] = new JsonObject
                                {
                                    ["type"] = "string",
                                    ["pattern"] = $"^({string.Join("|", grades)})( to ({string.Join("|", grades)}))?$",
                                },
                            },
                        }), "Example cases."),
                    }),
                },
            };
            AddEvidence((JsonObject)schema["definitions"]!, facts.Root);
            return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        }

        private static JsonObject CharacteristicSchema()
        {
            var characteristic = Object(RuleKeys.Characteristic, new[] { "id", "key_question", "when", "reason" }, new JsonObject
            {
                ["id"] = Text("A unique id, such as P1.2.3-good-oversight."),
                ["key_question"] = new JsonObject { ["type"] = "string", ["pattern"] = "^P[0-9]+\\.[0-9]+\\.[0-9]+$" },
                ["supports"] = Ref("grade"),
                ["caps"] = Ref("grade"),
                ["when"] = Ref("condition"),
                ["reason"] = Text("The plain-English reason shown with ratings."),
            });
            characteristic["oneOf"] = new JsonArray(
                new JsonObject { ["required"] = new JsonArray("supports") },
                new JsonObject { ["required"] = new JsonArray("caps") });
            return characteristic;
        }

        internal static void AddEvidence(JsonObject definitions, FactType type)
        {
            var name = "evidence_" + type.Name;
            if (definitions.ContainsKey(name)) return;
            var properties = new JsonObject();
            definitions[name] = new JsonObject { ["type"] = "object", ["additionalProperties"] = false, ["properties"] = properties };
            foreach (var member in type.Members)
            {
                JsonNode node;
                switch (member.Kind)
                {
                    case FactKind.Record:
                        AddEvidence(definitions, member.ElementType!);
                        node = Ref("evidence_" + member.ElementType!.Name);
                        break;
                    case FactKind.Collection:
                        AddEvidence(definitions, member.ElementType!);
                        node = new JsonObject { ["type"] = "array", ["items"] = Ref("evidence_" + member.ElementType!.Name) };
                        break;
                    case FactKind.Boolean:
                        node = new JsonObject { ["type"] = new JsonArray("boolean", "null") };
                        break;
                    case FactKind.Number:
                        node = Number(member.Unit);
                        break;
                    default:
                        node = member.AllowedValues.Count > 0
                            ? new JsonObject { ["type"] = "string", ["enum"] = Strings(member.AllowedValues.ToArray()) }
                            : new JsonObject { ["type"] = "string" };
                        break;
                }

                if (node is JsonObject described && member.Description.Length > 0 && !described.ContainsKey("$ref")) described["description"] = member.Description;
                properties[member.Name] = node;
            }
        }

        private static JsonObject Number(FactUnit unit)
        {
            switch (unit)
            {
                case FactUnit.Percent: return new JsonObject { ["type"] = "string", ["pattern"] = "^-?[0-9]+(\\.[0-9]+)?%$" };
                case FactUnit.Ratio: return new JsonObject { ["type"] = "string", ["pattern"] = "^1:[0-9]+(\\.[0-9]+)?$" };
                case FactUnit.Days: return new JsonObject { ["type"] = "string", ["pattern"] = "^-?[0-9]+(\\.[0-9]+)? days?$" };
                default: return new JsonObject { ["type"] = "number" };
            }
        }

        private static IEnumerable<(string Path, FactMember Member)> Leaves(FactType type, string prefix)
        {
            foreach (var member in type.Members)
            {
                var path = prefix + member.Name;
                if (member.Kind == FactKind.Record)
                {
                    foreach (var leaf in Leaves(member.ElementType!, path + ".")) yield return leaf;
                }
                else
                {
                    yield return (path, member);
                }
            }
        }

        private static JsonObject Object(IReadOnlyList<string> allowed, IReadOnlyList<string> required, JsonObject properties)
        {
            return new JsonObject
            {
                ["type"] = "object",
                ["additionalProperties"] = false,
                ["required"] = Strings(required.ToArray()),
                ["properties"] = Restrict(properties, allowed),
            };
        }

        private static JsonObject Restrict(JsonObject properties, IReadOnlyList<string> allowed)
        {
            var missing = allowed.Where(k => !properties.ContainsKey(k)).ToList();
            var extra = properties.Select(p => p.Key).Where(k => !allowed.Contains(k)).ToList();
            if (missing.Count > 0 || extra.Count > 0)
            {
                throw new System.InvalidOperationException($"schema and loader disagree: missing {string.Join(",", missing)}, extra {string.Join(",", extra)}");
            }

            return properties;
        }

        private static JsonObject List(JsonObject item, string description) =>
            new JsonObject { ["type"] = "array", ["items"] = item, ["description"] = description };

        private static JsonObject Text(string description) => new JsonObject { ["type"] = "string", ["description"] = description };

        private static JsonObject Ref(string name) => new JsonObject { ["$ref"] = "#/definitions/" + name };

        private static JsonArray Strings(string[] values) => new JsonArray(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());
    }
}
