using System.Text.Json;
using CareerPortal.Web.Accounts;
using CareerPortal.Web.Areas.Admin.History;
using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using CareerPortal.Web.Pages;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin;

/// <summary>What the form carries besides the input (the version it started from, where to go
/// back to) and what a stale save found: rendered by <c>_EditState</c> inside the form.</summary>
public sealed class EditState
{
    public const string BaseField = "EditBase";
    public const string ReturnField = "ReturnUrl";
    public const string ChoicePrefix = "Take.";

    /// <summary>The form's starting values (JSON), the base of a field-by-field merge.</summary>
    public string Base { get; set; } = "";
    public string? ReturnUrl { get; set; }
    public IReadOnlyList<FieldConflict> Conflicts { get; set; } = [];
    /// <summary>The record's history page, when it has one yet.</summary>
    public string? HistoryUrl { get; set; }
    public string? TheirAuthor { get; set; }
    public DateTime? TheirTime { get; set; }
}

/// <summary>One admin edit, composed into each kind's page: read the row for the form; on save
/// find it again (or add it), refuse a row deleted meanwhile, validate, merge a stale form field by
/// field with what was saved since, apply, save expecting the version with a revision and an audit
/// entry (<see cref="Revisions"/>), and evict the public pages.
/// The page keeps its own input model, validator and handlers; see Pages/Skills/Edit.cshtml.cs.</summary>
public sealed class EditFlow<TEntity, TInput>(PageModel page, CareerDb db, IQueryable<TEntity> rows, Func<TEntity, TInput> read)
    where TEntity : Entity
    where TInput : class, IVersioned
{
    public const string GoneMessage = "Someone else deleted this while you were editing. Your input is kept below, but it can no longer be saved here.";

    public EditState State { get; } = new();

    /// <summary>Fields of the form that come from the stored row, not from the post (its career).</summary>
    public Action<TEntity, TInput>? Keep { get; init; }

    /// <summary>The public addresses of a row (from its slugs): when a save changes one, the old
    /// address redirects to the new. Listed in the same order before and after.</summary>
    public Func<TEntity, IEnumerable<string>>? Addresses { get; init; }

    /// <summary>Loads what the form shows besides the input (select options, the career's name), after the input is known.</summary>
    public Func<CancellationToken, Task>? LoadChoices { get; init; }

    /// <summary>The labels of fields taken from the other editor's save during the last merge.</summary>
    private IReadOnlyList<string> _taken = [];

    /// <summary>The row as the form shows it, or null when there is none. Remembers where the editor came from.</summary>
    private async Task<TInput?> ReadAsync(int id, CancellationToken cancellationToken)
    {
        var row = await rows.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (row is null)
        {
            return null;
        }
        var input = read(row);
        State.Base = JsonSerializer.Serialize(input);
        State.HistoryUrl = HistoryPage.Url(page.Url, AdminKinds.Of(row), id);
        return input;
    }

    /// <summary>The GET handler: the form of row <paramref name="id"/> given to <paramref name="show"/>
    /// (404 when there is none), or of a new row when <paramref name="id"/> is null.</summary>
    public async Task<IActionResult> GetAsync(int? id, Action<TInput> show, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(show);
        State.ReturnUrl = SafeReturnUrl(page.Request.Query[EditState.ReturnField]) ?? SafeReturnUrl(page.Request.Headers.Referer);
        if (id is not null)
        {
            if (await ReadAsync(id.Value, cancellationToken) is not { } input)
            {
                return page.NotFound();
            }
            show(input);
        }
        if (LoadChoices is not null)
        {
            await LoadChoices(cancellationToken);
        }
        return page.Page();
    }

    /// <summary>The end of the POST handler: the form again when <paramref name="saved"/> is null,
    /// else the notice and back to where the editor came from (or <paramref name="otherwise"/>).</summary>
    public IActionResult Result(TEntity? saved, Func<TEntity, string> notice, Func<TEntity, IActionResult> otherwise)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(otherwise);
        return saved is null ? page.Page() : Done(notice(saved), () => otherwise(saved));
    }

    /// <summary>Saves the posted <paramref name="input"/> into row <paramref name="id"/> (a new one
    /// from <paramref name="create"/> when null) through <paramref name="apply"/>. Returns the saved row,
    /// or null with the reasons on the page's ModelState and the input kept.</summary>
    public async Task<TEntity?> SaveAsync(int? id, TInput input, IValidator<TInput> validator, Func<TEntity> create,
        Action<TEntity> apply, CancellationToken cancellationToken)
    {
        try
        {
            var saved = await TrySaveAsync(id, input, validator, create, apply, cancellationToken);
            if (saved is null && LoadChoices is not null)
            {
                await LoadChoices(cancellationToken);
            }
            return saved;
        }
        catch (Exception e) when (e.IsDatabaseOutage())
        {
            // Locked past the busy timeout, or down: nothing was written, and the form keeps what was typed.
            db.ChangeTracker.Clear();
            page.ModelState.AddModelError("", AdminPage.BusyMessage);
            return null;
        }
    }

    private async Task<TEntity?> TrySaveAsync(int? id, TInput input, IValidator<TInput> validator, Func<TEntity> create,
        Action<TEntity> apply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(create);
        ArgumentNullException.ThrowIfNull(apply);
        var form = page.Request.HasFormContentType ? page.Request.Form : null;
        State.Base = form?[EditState.BaseField].ToString() ?? "";
        State.ReturnUrl = SafeReturnUrl(form?[EditState.ReturnField]);
        var row = id is null ? null : await rows.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (id is not null && row is null)
        {
            page.ModelState.AddModelError("", GoneMessage);
            return null;
        }
        if (row is not null)
        {
            Keep?.Invoke(row, input);
            TakeChosen(input, form);
        }
        if (!await ValidateAsync(validator, input, cancellationToken))
        {
            return null;
        }
        if (row is null)
        {
            row = create();
            db.Add(row);
        }
        else if (row.Version != input.Version && !await MergeAsync(row, input, validator, cancellationToken))
        {
            return null;
        }
        var oldPaths = id is null ? [] : Addresses?.Invoke(row).ToList() ?? [];
        apply(row);
        if (id is null)
        {
            // A new page at an old address ends the redirect from it.
            foreach (var path in Addresses?.Invoke(row) ?? [])
            {
                await db.ClaimPathAsync(path, cancellationToken);
            }
        }
        foreach (var (from, to) in oldPaths.Count == 0 ? [] : oldPaths.Zip(Addresses!(row)))
        {
            await db.AddRedirectAsync(from, to, cancellationToken);
        }
        row.UpdatedBy = page.User.Identity?.Name;
        if (id is not null)
        {
            // Always checked and renewed, even when only the row's lists or links changed.
            var entry = db.Entry(row);
            entry.Property(e => e.Version).OriginalValue = input.Version;
            entry.Property(e => e.UpdatedAt).IsModified = true;
        }
        try
        {
            await Revisions.SaveAsync(db, row, id is null, page.User.Identity?.Name, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Saved by someone else between our check and our save: merge with that and show it.
            db.ChangeTracker.Clear();
            if (await rows.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } theirs)
            {
                page.ModelState.AddModelError("", GoneMessage);
                return null;
            }
            await MergeAsync(theirs, input, validator, cancellationToken);
            if (page.ModelState.IsValid)
            {
                page.ModelState.AddModelError("", "Someone else saved this at the same moment. Their changes are merged into the form below: check it and save again.");
            }
            return null;
        }
        catch (DbUpdateException e) when (!e.IsDatabaseOutage())
        {
            // The validator checks uniqueness first; this is a race with another editor.
            db.ChangeTracker.Clear();
            page.ModelState.AddModelError("", "This could not be saved: another record now has the same name or slug. Change it and save again.");
            return null;
        }
        await page.HttpContext.RequestServices.GetRequiredService<IOutputCacheStore>().EvictSavedAsync(db, cancellationToken);
        return row;
    }

    /// <summary>After a save: the notice (saying what was merged in) and back to where the editor came from.</summary>
    private IActionResult Done(string notice, Func<IActionResult> otherwise)
    {
        ArgumentNullException.ThrowIfNull(otherwise);
        page.TempData[AdminPage.NoticeKey] = _taken.Count == 0 ? notice
            : $"{notice} Another editor's changes to {string.Join(", ", _taken)} were kept as well.";
        return State.ReturnUrl is { } back ? page.LocalRedirect(back) : otherwise();
    }

    /// <summary>Merges what was saved since the form was opened into <paramref name="input"/>:
    /// true when nothing is left to decide, else the conflicts are shown with the form.</summary>
    private async Task<bool> MergeAsync(TEntity row, TInput input, IValidator<TInput> validator, CancellationToken cancellationToken)
    {
        var theirs = read(row);
        var merge = FieldMerge.Merge(Deserialize(State.Base), input, theirs);
        State.Base = JsonSerializer.Serialize(theirs);
        State.TheirAuthor = row.UpdatedBy;
        State.TheirTime = row.UpdatedAt;
        _taken = merge.TakenFromTheirs;
        // The form shows the merged values, not the posted ones.
        page.ModelState.Clear();
        if (merge.Conflicts.Count > 0)
        {
            State.Conflicts = merge.Conflicts;
            page.ModelState.AddModelError("", merge.Conflicts.Count == 1
                ? "Someone else changed this while you were editing, and one field differs from yours: choose which version to keep, then save again. Their other changes are already in the form."
                : $"Someone else changed this while you were editing, and {merge.Conflicts.Count} fields differ from yours: choose which version to keep, then save again. Their other changes are already in the form.");
            return false;
        }
        return await ValidateAsync(validator, input, cancellationToken);
    }

    /// <summary>Fields the editor chose to take from the other editor after a conflict (the base
    /// of the form is then their version).</summary>
    private void TakeChosen(TInput input, IFormCollection? form)
    {
        if (form is null || Deserialize(State.Base) is not { } theirs)
        {
            return;
        }
        foreach (var (key, value) in form)
        {
            if (key.StartsWith(EditState.ChoicePrefix, StringComparison.Ordinal) && value == "theirs")
            {
                FieldMerge.Take(input, theirs, key[EditState.ChoicePrefix.Length..]);
                page.ModelState.Remove("Input." + key[EditState.ChoicePrefix.Length..]);
            }
        }
    }

    private async Task<bool> ValidateAsync(IValidator<TInput> validator, TInput input, CancellationToken cancellationToken)
    {
        return await FormBinding.ValidateAsync(page.ModelState, validator, input, cancellationToken);
    }

    private static TInput? Deserialize(string json)
    {
        try
        {
            return json.Length == 0 ? null : JsonSerializer.Deserialize<TInput>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Where to go back to after saving: a plain path inside the admin area (the rules of
    /// sign-in's return address, <see cref="ReturnUrls"/>), never another site, never the form itself.
    /// A Referer from this site counts as its path and query.</summary>
    public string? SafeReturnUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }
        // Not for "/admin/...": on Linux that parses as an absolute file: URI.
        if (!url.StartsWith('/') && Uri.TryCreate(url, UriKind.Absolute, out var absolute))
        {
            if (absolute.Authority != page.Request.Host.Value || absolute.Scheme is not ("http" or "https"))
            {
                return null;
            }
            url = absolute.PathAndQuery;
        }
        var form = page.Request.Path.Value ?? ReturnUrls.AdminHome;
        var path = url.Split('?', '#')[0];
        return ReturnUrls.IsSafe(url) && !path.TrimEnd('/').Equals(form.TrimEnd('/'), StringComparison.OrdinalIgnoreCase) ? url : null;
    }
}
