using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CareerPortal.Web.Areas.Admin;

/// <summary><c>&lt;field for="Input.Title" /&gt;</c>: the label, the hint (the property's
/// <c>[Display(Description)]</c>), the errors and the control, with hint and errors linked to the
/// control by aria-describedby, so that every admin form reads and behaves the same. The control
/// shows the posted value after a failed save, so the editor's input is never lost.</summary>
[HtmlTargetElement("field", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(IHtmlGenerator generator) : TagHelper
{
    public ModelExpression For { get; set; } = null!;

    /// <summary>A textarea of this many rows instead of a one-line input.</summary>
    public int Rows { get; set; }

    /// <summary>A select of these options.</summary>
    public IEnumerable<SelectListItem>? Items { get; set; }

    /// <summary>The text of the select's empty first option, if it has one.</summary>
    public string? Empty { get; set; }

    public string? Autocomplete { get; set; }

    /// <summary>Extra attributes for the control itself: <c>control-data-x="y"</c> puts <c>data-x="y"</c> on it.</summary>
    [HtmlAttributeName(DictionaryAttributePrefix = "control-")]
    public IDictionary<string, string> ControlAttributes { get; set; } = new Dictionary<string, string>();

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var metadata = For.Metadata;
        var errors = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry)
            ? entry.Errors.Select(e => e.ErrorMessage).Where(m => m.Length > 0).ToList()
            : [];

        var attributes = new Dictionary<string, object> { ["id"] = id };
        var hint = metadata.Description;
        if (metadata.ContainerType?.GetProperty(metadata.PropertyName!)?.GetCustomAttributes(typeof(SlugFromAttribute), false).FirstOrDefault() is SlugFromAttribute slugFrom)
        {
            var source = metadata.ContainerMetadata?.Properties[slugFrom.Source];
            attributes["data-slug-from"] = TagBuilder.CreateSanitizedId(name[..(name.LastIndexOf('.') + 1)] + slugFrom.Source, "_");
            hint = $"{hint} Left empty, it is made from the {(source?.DisplayName ?? slugFrom.Source).ToLowerInvariant()}.".Trim();
        }
        var describedBy = new List<string>();
        if (hint is not null)
        {
            describedBy.Add(id + "-hint");
        }
        if (errors.Count > 0)
        {
            describedBy.Add(id + "-error");
            attributes["aria-invalid"] = "true";
        }
        if (describedBy.Count > 0)
        {
            attributes["aria-describedby"] = string.Join(' ', describedBy);
        }
        if (Autocomplete is not null)
        {
            attributes["autocomplete"] = Autocomplete;
        }
        foreach (var (attribute, value) in ControlAttributes)
        {
            attributes[attribute] = value;
        }

        var isCheckbox = metadata.UnderlyingOrModelType == typeof(bool);
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", (isCheckbox ? "field field-check" : "field") + (errors.Count > 0 ? " field-error" : ""));

        var label = generator.GenerateLabel(ViewContext, For.ModelExplorer, For.Name, labelText: null, htmlAttributes: null);
        if (isCheckbox)
        {
            output.Content.AppendHtml(Control(attributes, checkbox: true));
            output.Content.AppendHtml(generator.GenerateHiddenForCheckbox(ViewContext, For.ModelExplorer, For.Name));
            output.Content.AppendHtml(label);
            AppendHintAndErrors(output, id, hint, errors);
            return;
        }
        output.Content.AppendHtml(label);
        AppendHintAndErrors(output, id, hint, errors);
        output.Content.AppendHtml(Control(attributes, checkbox: false));
    }

    private TagBuilder Control(Dictionary<string, object> attributes, bool checkbox)
    {
        var type = For.Metadata.UnderlyingOrModelType;
        if (checkbox)
        {
            return generator.GenerateCheckBox(ViewContext, For.ModelExplorer, For.Name, isChecked: null, attributes);
        }
        if (Items is not null)
        {
            return generator.GenerateSelect(ViewContext, For.ModelExplorer, Empty, For.Name, Items, allowMultiple: false, attributes);
        }
        if (Rows > 0)
        {
            return generator.GenerateTextArea(ViewContext, For.ModelExplorer, For.Name, Rows, columns: 0, attributes);
        }
        switch (For.Metadata.DataTypeName)
        {
            case nameof(DataType.Password):
                return generator.GeneratePassword(ViewContext, For.ModelExplorer, For.Name, value: null, attributes);
            case nameof(DataType.EmailAddress):
                attributes["type"] = "email";
                attributes.TryAdd("autocomplete", "email");
                break;
        }
        if (type == typeof(int))
        {
            attributes["type"] = "number";
            attributes["inputmode"] = "numeric";
        }
        return generator.GenerateTextBox(ViewContext, For.ModelExplorer, For.Name, For.Model, format: null, attributes);
    }

    private static void AppendHintAndErrors(TagHelperOutput output, string id, string? hint, List<string> errors)
    {
        if (hint is not null)
        {
            output.Content.AppendHtml(Paragraph(id + "-hint", "hint", hint));
        }
        if (errors.Count > 0)
        {
            output.Content.AppendHtml(Paragraph(id + "-error", "error", string.Join(" ", errors)));
        }
    }

    private static TagBuilder Paragraph(string id, string cssClass, string text)
    {
        var paragraph = new TagBuilder("p");
        paragraph.Attributes["id"] = id;
        paragraph.AddCssClass(cssClass);
        paragraph.InnerHtml.Append(text);
        return paragraph;
    }
}
