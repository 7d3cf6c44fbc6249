using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace Standards.Rules.Diagnostics
{
    /// <summary>
    /// Every diagnostic id in one place. STD0xxx: syntax and structure. STD1xxx: references and types.
    /// STD2xxx: logical consistency. STD4xxx: evidence. Ids are never reused.
    /// </summary>
    public static class DiagnosticCatalog
    {
        private const string Syntax = "Syntax";
        private const string Reference = "Reference";
        private const string Consistency = "Consistency";
        private const string Evidence = "Evidence";

        public static readonly DiagnosticDescriptor YamlSyntax = new("STD0001", "The file is not valid YAML", DiagnosticSeverity.Error, Syntax);
        public static readonly DiagnosticDescriptor UnsupportedYamlFeature = new("STD0002", "Anchors, aliases, merge keys and tags are not allowed", DiagnosticSeverity.Error, Syntax);
        public static readonly DiagnosticDescriptor LimitExceeded = new("STD0003", "The file is too large or too deeply nested", DiagnosticSeverity.Error, Syntax);
        public static readonly DiagnosticDescriptor DuplicateKey = new("STD0004", "A key appears twice in the same mapping", DiagnosticSeverity.Error, Syntax);
        public static readonly DiagnosticDescriptor UnknownKey = new("STD0005", "The key is not part of the rule language", DiagnosticSeverity.Error, Syntax);
        public static readonly DiagnosticDescriptor MissingKey = new("STD0006", "A required key is missing", DiagnosticSeverity.Error, Syntax);
        public static readonly DiagnosticDescriptor WrongValueKind = new("STD0007", "The value has the wrong shape", DiagnosticSeverity.Error, Syntax);
        public static readonly DiagnosticDescriptor InvalidValue = new("STD0008", "The value is not valid here", DiagnosticSeverity.Error, Syntax);
        public static readonly DiagnosticDescriptor ExpressionSyntax = new("STD0009", "The condition cannot be read", DiagnosticSeverity.Error, Syntax);
        public static readonly DiagnosticDescriptor DuplicateId = new("STD0010", "Two items share an id", DiagnosticSeverity.Error, Syntax);
        public static readonly DiagnosticDescriptor InvalidEncoding = new("STD0011", "The file is not valid UTF-8 text", DiagnosticSeverity.Error, Syntax);
        public static readonly DiagnosticDescriptor EmptyDocument = new("STD0012", "The file is empty", DiagnosticSeverity.Error, Syntax);
        public static readonly DiagnosticDescriptor ManifestProblem = new("STD0013", "The rulebook manifest is missing or repeated", DiagnosticSeverity.Error, Syntax);
        public static readonly DiagnosticDescriptor UnreadableSource = new("STD0020", "The rule file or folder cannot be read", DiagnosticSeverity.Error, Syntax);
        public static readonly DiagnosticDescriptor MoreProblemsNotShown = new("STD0021", "More problems in this file are not shown", DiagnosticSeverity.Info, Syntax);

        public static readonly DiagnosticDescriptor UnknownStandard = new("STD1001", "The standard is not in the framework", DiagnosticSeverity.Error, Reference);
        public static readonly DiagnosticDescriptor UnknownKeyQuestion = new("STD1002", "The key question is not part of the standard", DiagnosticSeverity.Error, Reference);
        public static readonly DiagnosticDescriptor UnknownFactMember = new("STD1003", "The evidence field does not exist", DiagnosticSeverity.Error, Reference);
        public static readonly DiagnosticDescriptor TypeMismatch = new("STD1004", "The values cannot be compared or combined", DiagnosticSeverity.Error, Reference);
        public static readonly DiagnosticDescriptor UnitMismatch = new("STD1005", "The units do not match", DiagnosticSeverity.Error, Reference);
        public static readonly DiagnosticDescriptor ThresholdOutOfRange = new("STD1006", "The threshold is outside the field's valid range", DiagnosticSeverity.Error, Reference);
        public static readonly DiagnosticDescriptor UnknownGrade = new("STD1007", "The grade is not on the rating scale", DiagnosticSeverity.Error, Reference);
        public static readonly DiagnosticDescriptor NotACondition = new("STD1008", "The condition does not give yes or no", DiagnosticSeverity.Error, Reference);
        public static readonly DiagnosticDescriptor NotACollection = new("STD1009", "The aggregate is not over a list", DiagnosticSeverity.Error, Reference);
        public static readonly DiagnosticDescriptor UnknownPrompt = new("STD1010", "The prompt is not part of the key question", DiagnosticSeverity.Error, Reference);

        public static readonly DiagnosticDescriptor ContradictoryCondition = new("STD2001", "The condition can never hold", DiagnosticSeverity.Error, Consistency);
        public static readonly DiagnosticDescriptor TautologicalCondition = new("STD2002", "The condition always holds", DiagnosticSeverity.Warning, Consistency);
        public static readonly DiagnosticDescriptor NonMonotonicLadder = new("STD2003", "A higher grade has an easier threshold than a lower grade", DiagnosticSeverity.Warning, Consistency);
        public static readonly DiagnosticDescriptor RedundantCharacteristic = new("STD2004", "The characteristic is redundant or its grade cannot be reached", DiagnosticSeverity.Warning, Consistency);
        public static readonly DiagnosticDescriptor CapNeverBinds = new("STD2005", "The cap can never lower a rating", DiagnosticSeverity.Warning, Consistency);
        public static readonly DiagnosticDescriptor GradeWithoutSupport = new("STD2006", "A grade of a key question has no supporting characteristic", DiagnosticSeverity.Warning, Consistency);
        public static readonly DiagnosticDescriptor ConflictingOverlap = new("STD2007", "A cap and another characteristic on the same field overlap and disagree", DiagnosticSeverity.Warning, Consistency);
        public static readonly DiagnosticDescriptor DerivedFactCycle = new("STD2008", "A rating depends on itself", DiagnosticSeverity.Error, Consistency);
        public static readonly DiagnosticDescriptor FailingExampleCase = new("STD2009", "An example case does not get the rating it expects", DiagnosticSeverity.Error, Consistency);

        public static readonly DiagnosticDescriptor UnknownEvidenceField = new("STD4001", "The evidence field is not part of the evidence contract", DiagnosticSeverity.Error, Evidence);
        public static readonly DiagnosticDescriptor EvidenceWrongUnit = new("STD4002", "The evidence value has the wrong unit or shape", DiagnosticSeverity.Error, Evidence);
        public static readonly DiagnosticDescriptor ImpossibleEvidence = new("STD4003", "The evidence value is impossible", DiagnosticSeverity.Error, Evidence);
        public static readonly DiagnosticDescriptor ImplausibleStaffing = new("STD4004", "Staff in post are far above target without a note", DiagnosticSeverity.Error, Evidence);
        public static readonly DiagnosticDescriptor MalformedCsv = new("STD4005", "A row of the case-sample CSV cannot be read", DiagnosticSeverity.Error, Evidence);
        public static readonly DiagnosticDescriptor EvidenceFileProblem = new("STD4006", "The evidence file cannot be read", DiagnosticSeverity.Error, Evidence);

        /// <summary>All descriptors, in id order.</summary>
        public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
            typeof(DiagnosticCatalog).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
                .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
                .OrderBy(d => d.Id, System.StringComparer.Ordinal)
                .ToList();

        /// <summary>Finds a descriptor by id, or null.</summary>
        public static DiagnosticDescriptor? Find(string id) => All.FirstOrDefault(d => d.Id == id);
    }
}
