using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Standards.Engine.Evidence;
using Standards.Rules.Facts;

namespace Standards.Engine.Schema
{
    /// <summary>
    /// Generates the JSON Schema for PDU evidence files from the fact contract, so an editor completes field names,
    /// shows each field's description and flags unknown fields and badly written units.
    /// </summary>
    public static class EvidenceFileSchema
    {
        /// <summary>The schema's file name, as referenced by an evidence file's modeline.</summary>
        public const string FileName = "standards-evidence.schema.json";

        /// <summary>Generates the JSON Schema of evidence files from the fact contract <paramref name="facts"/>.</summary>
        public static string Generate(IFactSchema facts)
        {
            var definitions = new JsonObject();
            RuleFileSchema.AddEvidence(definitions, facts.Root);
            if (facts.Root.Find("case_sample")?.ElementType is FactType sample
                && definitions["evidence_" + sample.Name]?["properties"] is JsonObject properties)
            {
                properties[EvidenceBinder.CasesFileKey] = new JsonObject { ["type"] = "string", ["description"] = "A CSV file of per-case judgements, relative to this evidence file." };
            }

            var schema = new JsonObject
            {
                ["$schema"] = "http://json-schema.org/draft-07/schema#",
                ["$id"] = "https://standards.local/schema/" + FileName,
                ["title"] = "Standards PDU evidence",
                ["description"] = "The aggregated evidence for one Probation Delivery Unit. See docs/evidence.md.",
                ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = "#/definitions/evidence_" + facts.Root.Name }),
                ["definitions"] = definitions,
            };
            return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        }
    }
}
