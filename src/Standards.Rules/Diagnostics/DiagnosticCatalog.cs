using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace Standards.Rules.Diagnostics
{
    /// <summary>
    /// Every diagnostic id in one place. STD0xxx: syntax and structure. STD1xxx: references and types.
    /// STD2xxx: logical consistency. STD3xxx: the build (analyzer only). STD4xxx: evidence. Ids are never reused.
    /// </summary>
    public static class DiagnosticCatalog
    {
        private const string Syntax = "Syntax";
        private const string Reference = "Reference";
        private const string Consistency = "Consistency";
        private const string Evidence = "Evidence";
        private const string Build = "Build";

        /// <summary>STD0001: the file is not valid YAML.</summary>
        public static readonly DiagnosticDescriptor YamlSyntax = new("STD0001", "The file is not valid YAML", DiagnosticSeverity.Error, Syntax);
        /// <summary>STD0002: anchors, aliases, merge keys and tags are not allowed.</summary>
        public static readonly DiagnosticDescriptor UnsupportedYamlFeature = new("STD0002", "Anchors, aliases, merge keys and tags are not allowed", DiagnosticSeverity.Error, Syntax);
        /// <summary>STD0003: the file is too large or too deeply nested.</summary>
        public static readonly DiagnosticDescriptor LimitExceeded = new("STD0003", "The file is too large or too deeply nested", DiagnosticSeverity.Error, Syntax);
        /// <summary>STD0004: a key appears twice in the same mapping.</summary>
        public static readonly DiagnosticDescriptor DuplicateKey = new("STD0004", "A key appears twice in the same mapping", DiagnosticSeverity.Error, Syntax);
        /// <summary>STD0005: the key is not part of the rule language.</summary>
        public static readonly DiagnosticDescriptor UnknownKey = new("STD0005", "The key is not part of the rule language", DiagnosticSeverity.Error, Syntax);
        /// <summary>STD0006: a required key is missing.</summary>
        public static readonly DiagnosticDescriptor MissingKey = new("STD0006", "A required key is missing", DiagnosticSeverity.Error, Syntax);
        /// <summary>STD0007: the value has the wrong shape.</summary>
        public static readonly DiagnosticDescriptor WrongValueKind = new("STD0007", "The value has the wrong shape", DiagnosticSeverity.Error, Syntax);
        /// <summary>STD0008: the value is not valid here.</summary>
        public static readonly DiagnosticDescriptor InvalidValue = new("STD0008", "The value is not valid here", DiagnosticSeverity.Error, Syntax);
        /// <summary>STD0009: the condition cannot be read.</summary>
        public static readonly DiagnosticDescriptor ExpressionSyntax = new("STD0009", "The condition cannot be read", DiagnosticSeverity.Error, Syntax);
        /// <summary>STD0010: two items share an id.</summary>
        public static readonly DiagnosticDescriptor DuplicateId = new("STD0010", "Two items share an id", DiagnosticSeverity.Error, Syntax);
        /// <summary>STD0011: the file is not valid UTF-8 text.</summary>
        public static readonly DiagnosticDescriptor InvalidEncoding = new("STD0011", "The file is not valid UTF-8 text", DiagnosticSeverity.Error, Syntax);
        /// <summary>STD0012: the file is empty.</summary>
        public static readonly DiagnosticDescriptor EmptyDocument = new("STD0012", "The file is empty", DiagnosticSeverity.Error, Syntax);
        /// <summary>STD0013: the rulebook manifest is missing or repeated.</summary>
        public static readonly DiagnosticDescriptor ManifestProblem = new("STD0013", "The rulebook manifest is missing or repeated", DiagnosticSeverity.Error, Syntax);
        /// <summary>STD0020: a rule file could not be read (dangling link, no permission, a folder or a file that vanished).</summary>
        public static readonly DiagnosticDescriptor UnreadableSource = new("STD0020", "The rule file or folder cannot be read", DiagnosticSeverity.Error, Syntax);
        /// <summary>STD0021: more problems in the file than are shown; the rest are counted.</summary>
        public static readonly DiagnosticDescriptor MoreProblemsNotShown = new("STD0021", "More problems in this file are not shown", DiagnosticSeverity.Info, Syntax);

        /// <summary>STD1001: the standard is not in the framework.</summary>
        public static readonly DiagnosticDescriptor UnknownStandard = new("STD1001", "The standard is not in the framework", DiagnosticSeverity.Error, Reference);
        /// <summary>STD1002: the key question is not part of the standard.</summary>
        public static readonly DiagnosticDescriptor UnknownKeyQuestion = new("STD1002", "The key question is not part of the standard", DiagnosticSeverity.Error, Reference);
        /// <summary>STD1003: the evidence field does not exist.</summary>
        public static readonly DiagnosticDescriptor UnknownFactMember = new("STD1003", "The evidence field does not exist", DiagnosticSeverity.Error, Reference);
        /// <summary>STD1004: the values cannot be compared or combined.</summary>
        public static readonly DiagnosticDescriptor TypeMismatch = new("STD1004", "The values cannot be compared or combined", DiagnosticSeverity.Error, Reference);
        /// <summary>STD1005: the units do not match.</summary>
        public static readonly DiagnosticDescriptor UnitMismatch = new("STD1005", "The units do not match", DiagnosticSeverity.Error, Reference);
        /// <summary>STD1006: the threshold is outside the field's valid range.</summary>
        public static readonly DiagnosticDescriptor ThresholdOutOfRange = new("STD1006", "The threshold is outside the field's valid range", DiagnosticSeverity.Error, Reference);
        /// <summary>STD1007: the grade is not on the rating scale.</summary>
        public static readonly DiagnosticDescriptor UnknownGrade = new("STD1007", "The grade is not on the rating scale", DiagnosticSeverity.Error, Reference);
        /// <summary>STD1008: the condition does not give yes or no.</summary>
        public static readonly DiagnosticDescriptor NotACondition = new("STD1008", "The condition does not give yes or no", DiagnosticSeverity.Error, Reference);
        /// <summary>STD1009: the aggregate is not over a list.</summary>
        public static readonly DiagnosticDescriptor NotACollection = new("STD1009", "The aggregate is not over a list", DiagnosticSeverity.Error, Reference);
        /// <summary>STD1010: the prompt is not part of the key question.</summary>
        public static readonly DiagnosticDescriptor UnknownPrompt = new("STD1010", "The prompt is not part of the key question", DiagnosticSeverity.Error, Reference);

        /// <summary>STD2001: the condition can never hold.</summary>
        public static readonly DiagnosticDescriptor ContradictoryCondition = new("STD2001", "The condition can never hold", DiagnosticSeverity.Error, Consistency);
        /// <summary>STD2002: the condition always holds.</summary>
        public static readonly DiagnosticDescriptor TautologicalCondition = new("STD2002", "The condition always holds", DiagnosticSeverity.Warning, Consistency);
        /// <summary>STD2003: a higher grade has an easier threshold than a lower grade.</summary>
        public static readonly DiagnosticDescriptor NonMonotonicLadder = new("STD2003", "A higher grade has an easier threshold than a lower grade", DiagnosticSeverity.Warning, Consistency);
        /// <summary>STD2004: the characteristic is redundant or its grade cannot be reached.</summary>
        public static readonly DiagnosticDescriptor RedundantCharacteristic = new("STD2004", "The characteristic is redundant or its grade cannot be reached", DiagnosticSeverity.Warning, Consistency);
        /// <summary>STD2005: the cap can never lower a rating.</summary>
        public static readonly DiagnosticDescriptor CapNeverBinds = new("STD2005", "The cap can never lower a rating", DiagnosticSeverity.Warning, Consistency);
        /// <summary>STD2006: a grade of a key question has no supporting characteristic.</summary>
        public static readonly DiagnosticDescriptor GradeWithoutSupport = new("STD2006", "A grade of a key question has no supporting characteristic", DiagnosticSeverity.Warning, Consistency);
        /// <summary>STD2007: a cap and another characteristic on the same field overlap and disagree.</summary>
        public static readonly DiagnosticDescriptor ConflictingOverlap = new("STD2007", "A cap and another characteristic on the same field overlap and disagree", DiagnosticSeverity.Warning, Consistency);
        /// <summary>STD2008: a rating depends on itself.</summary>
        public static readonly DiagnosticDescriptor DerivedFactCycle = new("STD2008", "A rating depends on itself", DiagnosticSeverity.Error, Consistency);
        /// <summary>STD2009: an example case does not get the rating it expects.</summary>
        public static readonly DiagnosticDescriptor FailingExampleCase = new("STD2009", "An example case does not get the rating it expects", DiagnosticSeverity.Error, Consistency);
        /// <summary>STD2010: the overall bands do not cover 0 to the maximum points of the standards present.</summary>
        public static readonly DiagnosticDescriptor OverallBandsMismatch = new("STD2010", "The overall bands do not cover 0 to the maximum points of the standards present", DiagnosticSeverity.Error, Consistency);

        /// <summary>STD3001: the project has rule files but no <c>[EvidenceRoot]</c> class to check them against.</summary>
        public static readonly DiagnosticDescriptor NoEvidenceRoot = new("STD3001", "The project has rule files but no [EvidenceRoot] class to check them against", DiagnosticSeverity.Warning, Build);

        /// <summary>STD4001: the evidence field is not part of the evidence contract.</summary>
        public static readonly DiagnosticDescriptor UnknownEvidenceField = new("STD4001", "The evidence field is not part of the evidence contract", DiagnosticSeverity.Error, Evidence);
        /// <summary>STD4002: the evidence value has the wrong unit or shape.</summary>
        public static readonly DiagnosticDescriptor EvidenceWrongUnit = new("STD4002", "The evidence value has the wrong unit or shape", DiagnosticSeverity.Error, Evidence);
        /// <summary>STD4003: the evidence value is impossible.</summary>
        public static readonly DiagnosticDescriptor ImpossibleEvidence = new("STD4003", "The evidence value is impossible", DiagnosticSeverity.Error, Evidence);
        /// <summary>STD4004: staff in post are far above target without a note.</summary>
        public static readonly DiagnosticDescriptor ImplausibleStaffing = new("STD4004", "Staff in post are far above target without a note", DiagnosticSeverity.Error, Evidence);
        /// <summary>STD4005: a row of the case-sample CSV cannot be read.</summary>
        public static readonly DiagnosticDescriptor MalformedCsv = new("STD4005", "A row of the case-sample CSV cannot be read", DiagnosticSeverity.Error, Evidence);
        /// <summary>STD4006: the evidence file cannot be read.</summary>
        public static readonly DiagnosticDescriptor EvidenceFileProblem = new("STD4006", "The evidence file cannot be read", DiagnosticSeverity.Error, Evidence);
        /// <summary>STD4007: a prompt judgement names a key question or prompt that is not in the rulebook.</summary>
        public static readonly DiagnosticDescriptor UnknownJudgementReference = new("STD4007", "A prompt judgement names a key question or prompt that is not in the rulebook", DiagnosticSeverity.Error, Evidence);
        /// <summary>STD4008: two rows of the case-sample CSV have the same case id.</summary>
        public static readonly DiagnosticDescriptor DuplicateCaseId = new("STD4008", "Two rows of the case-sample CSV have the same case id", DiagnosticSeverity.Error, Evidence);
        /// <summary>STD4009: shares of one whole add up to more than 100%.</summary>
        public static readonly DiagnosticDescriptor SharesOverWhole = new("STD4009", "Shares of one whole add up to more than 100%", DiagnosticSeverity.Error, Evidence);
        /// <summary>STD4010: more full-time equivalents than people.</summary>
        public static readonly DiagnosticDescriptor HeadcountBelowFte = new("STD4010", "More full-time equivalents than people", DiagnosticSeverity.Error, Evidence);
        /// <summary>STD4011: a percentage is given for a sample of 0 cases.</summary>
        public static readonly DiagnosticDescriptor PercentOfEmptySample = new("STD4011", "A percentage is given for a sample of 0 cases", DiagnosticSeverity.Error, Evidence);
        /// <summary>STD4012: the percentage cannot come from a sample of that size.</summary>
        public static readonly DiagnosticDescriptor PercentNotFromSample = new("STD4012", "The percentage cannot come from a sample of that size", DiagnosticSeverity.Error, Evidence);
        /// <summary>STD4013: a count is larger than its sample.</summary>
        public static readonly DiagnosticDescriptor CountAboveSample = new("STD4013", "A count is larger than its sample", DiagnosticSeverity.Error, Evidence);
        /// <summary>STD4014: the date is before 2000 or more than a year after today.</summary>
        public static readonly DiagnosticDescriptor ImplausibleDate = new("STD4014", "The date is before 2000 or more than a year after today", DiagnosticSeverity.Error, Evidence);
        /// <summary>STD4015: figures are given for staff of whom none are in post.</summary>
        public static readonly DiagnosticDescriptor FiguresWithoutStaff = new("STD4015", "Figures are given for staff of whom none are in post", DiagnosticSeverity.Error, Evidence);
        /// <summary>STD4016: a text field is empty.</summary>
        public static readonly DiagnosticDescriptor BlankText = new("STD4016", "A text field is empty", DiagnosticSeverity.Error, Evidence);
        /// <summary>STD4017: the case-sample CSV disagrees with a figure given in the evidence.</summary>
        public static readonly DiagnosticDescriptor CsvDisagreesWithEvidence = new("STD4017", "The case-sample CSV disagrees with a figure given in the evidence", DiagnosticSeverity.Error, Evidence);

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
