using System.Security.Cryptography;
using CareerPortal.Web.Content;
using CareerPortal.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace CareerPortal.Web.Areas.Admin.Pages.ContentTransfer;

/// <summary>Export the content as a zip, and import one back (admins only): an upload is checked
/// and previewed first, nothing is written until the admin confirms, and files missing from the
/// zip are listed for a deliberate delete, never deleted by the import.</summary>
// Above the 2 MB the page explains, the server refuses the request outright; the confirm form
// re-posts the upload (protected, about a third larger), so the limit leaves room for that.
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes, ValueLengthLimit = MaxRequestBytes)]
public sealed partial class IndexModel(CareerDb db, ContentImporter importer, IDataProtectionProvider protection, ILogger<IndexModel> logger) : AdminPage
{
    private const int MaxRequestBytes = 4 * ContentBundle.MaxUploadBytes;
    private static readonly TimeSpan UploadLifetime = TimeSpan.FromHours(1);

    /// <summary>The previewed import, when there is one to confirm.</summary>
    public ImportReport? Preview { get; private set; }
    /// <summary>The import that was written.</summary>
    public ImportReport? Result { get; private set; }
    /// <summary>Why an upload was refused (nothing was written).</summary>
    public IReadOnlyList<string> Refusal { get; private set; } = [];

    /// <summary>The uploaded zip, protected (encrypted, signed, for this admin only, expiring), so the
    /// confirm form can post it back without the server keeping it between the two requests.</summary>
    [BindProperty]
    public string? Upload { get; set; }

    [BindProperty]
    public string? Fingerprint { get; set; }

    /// <summary>Conflicts (their <see cref="ImportItem.Key"/>) to settle with the file's version.</summary>
    [BindProperty]
    public List<string> TakeFile { get; set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostExportAsync(CancellationToken cancellationToken)
    {
        var zip = (await ContentWriter.ExportAsync(db, cancellationToken)).ToZip();
        await RecordAsync(AuditActions.Export, $"{zip.Length} bytes", cancellationToken);
        return File(zip, "application/zip", $"careerportal-content-{DateTime.UtcNow:yyyy-MM-dd}.zip");
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Choose a zip file to upload.");
            return Page();
        }
        if (file.Length > ContentBundle.MaxUploadBytes)
        {
            return Refuse($"the file is larger than {ContentBundle.MaxUploadBytes / 1024 / 1024} MB");
        }
        var zip = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(zip, cancellationToken);
        }
        if (await PreviewAsync(zip, cancellationToken) is not { } preview)
        {
            return Page();
        }
        Preview = preview;
        Fingerprint = preview.Fingerprint;
        Upload = WebEncoders.Base64UrlEncode(Protector().Protect(zip, DateTimeOffset.UtcNow + UploadLifetime));
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken cancellationToken)
    {
        byte[] zip;
        try
        {
            zip = Protector().Unprotect(WebEncoders.Base64UrlDecode(Upload ?? ""), out _);
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return Refuse("this upload has expired (after an hour) or could not be read back: upload the zip again");
        }
        if (await PreviewAsync(zip, cancellationToken) is not { } preview)
        {
            return Page();
        }
        if (preview.Fingerprint != Fingerprint)
        {
            ModelState.AddModelError("", "The database changed since that preview, so nothing was written. This is the preview as it stands now: check it and confirm again.");
            (Preview, Fingerprint, TakeFile) = (preview, preview.Fingerprint, []);
            return Page();
        }
        try
        {
            Result = await importer.ImportAsync(ContentBundle.FromZip(zip), new ImportChoices(TakeFile.ToHashSet(StringComparer.Ordinal)), cancellationToken);
        }
        catch (ContentException e)
        {
            return Refuse(e.Errors);
        }
        await RecordAsync(AuditActions.Import, $"zip uploaded in the admin: {Result}", cancellationToken);
        await EvictPublicPagesAsync(cancellationToken);
        Upload = null;
        return Page();
    }

    /// <summary>The import as it would run now, or null with the reasons on the page.</summary>
    private async Task<ImportReport?> PreviewAsync(byte[] zip, CancellationToken cancellationToken)
    {
        try
        {
            return await importer.PreviewAsync(ContentBundle.FromZip(zip), cancellationToken);
        }
        catch (ContentException e)
        {
            Refuse(e.Errors);
            return null;
        }
    }

    private PageResult Refuse(string reason) => Refuse([reason]);

    private PageResult Refuse(IReadOnlyList<string> reasons)
    {
        Refusal = reasons;
        (Preview, Upload) = (null, null);
        return Page();
    }

    /// <summary>The admin page that deletes a row of this kind (through the normal delete flow).</summary>
    public static string DeletePage(ContentKind kind) => kind switch
    {
        ContentKind.Level => "/Levels/Delete",
        ContentKind.Skill => "/Skills/Delete",
        ContentKind.Certification => "/Certifications/Delete",
        ContentKind.Tool => "/Tools/Delete",
        ContentKind.Career => "/Careers/Delete",
        _ => "/Sections/Delete",
    };

    private ITimeLimitedDataProtector Protector() =>
        protection.CreateProtector("CareerPortal.ContentImport", User.Identity?.Name ?? "").ToTimeLimitedDataProtector();

    /// <summary>The one place an export or an import is recorded: the audit log says who, and the
    /// log line keeps it beside the requests.</summary>
    private async Task RecordAsync(string action, string detail, CancellationToken cancellationToken)
    {
        LogTransfer(logger, action, User.Identity?.Name, detail);
        await Admin.History.Audit.RecordAsync(db, User.Identity?.Name, action, detail, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Content {Action} by {Person} in the admin: {Detail}")]
    private static partial void LogTransfer(ILogger logger, string action, string? person, string detail);
}
