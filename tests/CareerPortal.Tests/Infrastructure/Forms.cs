using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace CareerPortal.Tests.Infrastructure;

/// <summary>What a form post answered, after following redirects.</summary>
public sealed record FormResult(HttpStatusCode Status, string Path, IDocument Document);

/// <summary>A form read from a page as a browser would submit it (hidden fields and the antiforgery
/// token included), to change a few fields and post it with the client's cookies.</summary>
public sealed class Form
{
    private static readonly HtmlParser Parser = new();
    private readonly HttpClient _client;
    private readonly List<KeyValuePair<string, string>> _fields;

    private Form(HttpClient client, string action, IDocument page, List<KeyValuePair<string, string>> fields)
    {
        _client = client;
        Action = action;
        Page = page;
        _fields = fields;
    }

    public string Action { get; }
    public IDocument Page { get; }

    /// <summary>Opens <paramref name="path"/> and reads the form matching <paramref name="selector"/>
    /// (by default the main content's first form that posts).</summary>
    public static async Task<Form> OpenAsync(HttpClient client, string path, string selector = "main form[method=post]")
    {
        var page = await client.GetDocumentAsync(path);
        return Read(client, path, page, selector);
    }

    /// <summary>The form on the page a response answered with (after redirects).</summary>
    public static async Task<Form> ReadAsync(HttpClient client, HttpResponseMessage response, string selector = "main form[method=post]")
    {
        var path = response.RequestMessage?.RequestUri?.PathAndQuery ?? "/";
        return Read(client, path, await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync()), selector);
    }

    /// <summary>A form read from a page already fetched (such as the answer to a failed post).</summary>
    public static Form Read(HttpClient client, string path, IDocument page, string selector = "main form[method=post]")
    {
        var form = page.QuerySelector(selector) as IHtmlFormElement
            ?? throw new Xunit.Sdk.XunitException($"{path}: no form matches '{selector}'\n{page.Body?.TextContent.Trim()[..Math.Min(1500, page.Body.TextContent.Trim().Length)]}");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when input.Name is { Length: > 0 } name && !input.IsDisabled:
                    var type = input.Type.ToLowerInvariant();
                    if (type is "submit" or "button" or "image" or "reset" || (type is "checkbox" or "radio" && !input.IsChecked))
                    {
                        continue;
                    }
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement textArea when textArea.Name is { Length: > 0 } name:
                    fields.Add(new(name, textArea.Value));
                    break;
                case IHtmlSelectElement select when select.Name is { Length: > 0 } name:
                    var option = select.Options.FirstOrDefault(o => o.IsSelected) ?? (select.Options.Length > 0 ? select.Options[0] : null);
                    if (option is not null)
                    {
                        fields.Add(new(name, option.Value));
                    }
                    break;
            }
        }
        var action = form.GetAttribute("action") is { Length: > 0 } explicitAction ? explicitAction : path;
        return new Form(client, action, page, fields);
    }

    public string? Get(string name) => _fields.FirstOrDefault(f => f.Key == name).Value;

    public IReadOnlyList<string> GetAll(string name) => _fields.Where(f => f.Key == name).Select(f => f.Value).ToList();

    /// <summary>Sets a field's value (replacing every value it had), as typing or choosing would.</summary>
    public Form Set(string name, string value)
    {
        var index = _fields.FindIndex(f => f.Key == name);
        _fields.RemoveAll(f => f.Key == name);
        _fields.Insert(index < 0 ? _fields.Count : index, new(name, value));
        return this;
    }

    /// <summary>Ticks or clears one checkbox of a group (name and value).</summary>
    public Form Check(string name, string value, bool on = true)
    {
        _fields.RemoveAll(f => f.Key == name && f.Value == value);
        if (on)
        {
            _fields.Add(new(name, value));
        }
        return this;
    }

    /// <summary>Submits a GET form: its fields as the query string of its action.</summary>
    public async Task<FormResult> SubmitGetAsync()
    {
        var action = Action.Split('#')[0];
        var query = string.Join("&", _fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
        var path = action + (action.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query;
        using var response = await _client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        return new FormResult(response.StatusCode, path, await Parser.ParseDocumentAsync(body));
    }

    /// <summary>Posts the form, or with <paramref name="button"/> as the submitter (its formaction, name and value).</summary>
    public async Task<FormResult> PostAsync(string? button = null)
    {
        var action = Action;
        var fields = _fields.ToList();
        if (button is not null)
        {
            var submitter = Page.QuerySelector(button) ?? throw new Xunit.Sdk.XunitException($"no button matches '{button}'");
            action = submitter.GetAttribute("formaction") is { Length: > 0 } formAction ? formAction : action;
            if (submitter.GetAttribute("name") is { Length: > 0 } name)
            {
                fields.Add(new(name, submitter.GetAttribute("value") ?? ""));
            }
        }
        using var content = new FormUrlEncodedContent(fields);
        using var response = await _client.PostAsync(action, content);
        var body = await response.Content.ReadAsStringAsync();
        return new FormResult(response.StatusCode, response.RequestMessage?.RequestUri?.PathAndQuery ?? action, await Parser.ParseDocumentAsync(body));
    }
}
