using System.IO;
using System.Linq;
using System.Net;
using Standards.Cli.Report;
using Standards.Rules.Facts;

namespace Standards.Cli.Serve
{
    /// <summary>
    /// The evidence form, generated from the fact contract: a section per evidence group, a labelled input per field
    /// with its unit and valid range, and a place beside each field for the diagnostics that concern it.
    /// </summary>
    internal static class EvidenceForm
    {
        public static string Render(FieldCatalog catalog)
        {
            var html = new StringWriter();
            html.WriteLine("<form id=\"evidence-form\" novalidate aria-label=\"Evidence figures\">");
            foreach (var section in catalog.Fields.Where(f => !f.Path.Contains('.')))
            {
                html.WriteLine($"<details class=\"section\" open><summary>{E(Own(section))}</summary>");
                WriteChildren(catalog, section, html);
                html.WriteLine("</details>");
            }

            html.WriteLine("</form>");
            return html.ToString();
        }

        /// <summary>The element id of a field's input, from its path.</summary>
        public static string InputId(string path) => "f-" + path.Replace('.', '-');

        private static void WriteChildren(FieldCatalog catalog, EvidenceField parent, StringWriter html)
        {
            foreach (var field in catalog.Fields.Where(f => IsChild(f.Path, parent.Path)))
            {
                switch (field.Member.Kind)
                {
                    case FactKind.Record:
                        html.WriteLine($"<fieldset><legend>{E(Own(field))}</legend>");
                        WriteChildren(catalog, field, html);
                        html.WriteLine("</fieldset>");
                        break;
                    case FactKind.Collection:
                        html.WriteLine($"<p class=\"collection\" data-collection=\"{E(field.Path)}\">{E(Own(field))}: <output class=\"count\">none</output> <small>(kept from the file; edit the file to change them)</small></p>");
                        break;
                    default:
                        if (!field.IsDerived) WriteField(field, html);
                        break;
                }
            }
        }

        private static void WriteField(EvidenceField field, StringWriter html)
        {
            var id = InputId(field.Path);
            var member = field.Member;
            var hint = field.RangeText.Length > 0 ? $"{field.RangeText}" : member.Kind == FactKind.Date ? "a date" : string.Empty;
            var described = $"h-{id} m-{id}";
            html.Write($"<div class=\"field\" data-path=\"{E(field.Path)}\"><label for=\"{id}\">{E(Own(field))}</label><span class=\"control\">");
            switch (member.Kind)
            {
                case FactKind.Boolean:
                    html.Write($"<select id=\"{id}\" name=\"{E(field.Path)}\" data-kind=\"boolean\" aria-describedby=\"{described}\"><option value=\"\">not recorded</option><option value=\"yes\">yes</option><option value=\"no\">no</option></select>");
                    break;
                case FactKind.Text when member.AllowedValues.Count > 0:
                    html.Write($"<select id=\"{id}\" name=\"{E(field.Path)}\" data-kind=\"text\" aria-describedby=\"{described}\"><option value=\"\">not recorded</option>{string.Concat(member.AllowedValues.Select(v => $"<option>{E(v)}</option>"))}</select>");
                    break;
                case FactKind.Number:
                    var unit = member.Unit.ToString().ToLowerInvariant();
                    if (member.Unit == FactUnit.Ratio) html.Write("<span class=\"unit\" aria-hidden=\"true\">1:</span>");
                    var min = member.Min is double lo ? $" min=\"{lo.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"" : string.Empty;
                    var max = member.Max is double hi ? $" max=\"{hi.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"" : string.Empty;
                    html.Write($"<input id=\"{id}\" name=\"{E(field.Path)}\" type=\"number\" step=\"any\" inputmode=\"decimal\"{min}{max} data-kind=\"number\" data-unit=\"{unit}\" aria-describedby=\"{described}\">");
                    if (member.Unit != FactUnit.Ratio) html.Write($"<span class=\"unit\">{E(field.UnitText)}</span>");
                    break;
                case FactKind.Date:
                    html.Write($"<input id=\"{id}\" name=\"{E(field.Path)}\" type=\"date\" data-kind=\"date\" aria-describedby=\"{described}\">");
                    break;
                default:
                    html.Write($"<input id=\"{id}\" name=\"{E(field.Path)}\" type=\"text\" data-kind=\"text\" aria-describedby=\"{described}\">");
                    break;
            }

            html.WriteLine($"</span><span class=\"hint\" id=\"h-{id}\">{E(hint)}</span><span class=\"message\" id=\"m-{id}\"></span></div>");
        }

        private static bool IsChild(string path, string parent) =>
            path.StartsWith(parent + ".", System.StringComparison.Ordinal) && path.IndexOf('.', parent.Length + 1) < 0;

        private static string Own(EvidenceField field) => FieldCatalog.Phrase(field.Member.Description);

        private static string E(string text) => WebUtility.HtmlEncode(text);
    }
}
