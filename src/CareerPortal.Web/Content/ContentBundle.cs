using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace CareerPortal.Web.Content;

/// <summary>The files of a content folder as text, keyed by their path inside it ("catalog/skills.yml").
/// Read from a folder (the <c>import</c> command) or a zip (the admin upload) through the same checks,
/// so both refuse the same things: a path outside the folder, a file that is not content, too many or
/// too large files, a zip bomb, text that is not UTF-8. Written back as a folder or a zip on export.</summary>
public sealed partial class ContentBundle
{
    public const int MaxUploadBytes = 2 * 1024 * 1024;
    public const int MaxFiles = 500;
    public const int MaxFileBytes = 1024 * 1024;
    public const int MaxTotalBytes = 8 * 1024 * 1024;
    /// <summary>YAML and Markdown compress about 3 to 1; far more than that is a zip bomb.</summary>
    public const int MaxCompressionRatio = 50;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    // Fixed, so the same export is the same zip, byte for byte.
    private static readonly DateTimeOffset ZipTimestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly SortedDictionary<string, string> _files = new(StringComparer.Ordinal);
    private long _totalBytes;

    public IReadOnlyDictionary<string, string> Files => _files;

    /// <summary>The content files under <paramref name="root"/>; other files (README.md, dot-files) are skipped.</summary>
    public static ContentBundle FromFolder(string root)
    {
        if (!Directory.Exists(root))
        {
            throw new ContentException([$"{root}: the content folder does not exist"]);
        }
        var bundle = new ContentBundle();
        var errors = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var path = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (bundle.Admit(path, errors) && errors.Count == 0)
            {
                using var stream = File.OpenRead(file);
                bundle.AddText(path, stream, compressedLength: null, errors);
            }
        }
        return bundle.Checked(errors);
    }

    /// <summary>The content files in a zip. Sizes are counted while unpacking, never taken from the
    /// zip's headers, and the first problem stops the reading.</summary>
    public static ContentBundle FromZip(byte[] zip)
    {
        if (zip.Length > MaxUploadBytes)
        {
            throw new ContentException([$"the file is larger than {MaxUploadBytes / 1024 / 1024} MB"]);
        }
        var bundle = new ContentBundle();
        var errors = new List<string>();
        try
        {
            using var archive = new ZipArchive(new MemoryStream(zip, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > MaxFiles)
            {
                throw new ContentException([$"the zip holds {archive.Entries.Count} entries; at most {MaxFiles} are accepted"]);
            }
            var entries = archive.Entries.Where(e => !e.FullName.EndsWith('/')).ToList();
            var prefix = CommonFolder(entries.Select(e => e.FullName).ToList());
            foreach (var entry in entries)
            {
                var path = entry.FullName[prefix.Length..];
                if (!bundle.Admit(entry.FullName, errors, path))
                {
                    continue;
                }
                if (errors.Count > 0)
                {
                    break;
                }
                using var stream = entry.Open();
                bundle.AddText(path, stream, entry.CompressedLength, errors);
            }
        }
        catch (InvalidDataException)
        {
            throw new ContentException(["the file is not a readable zip archive"]);
        }
        return bundle.Checked(errors);
    }

    /// <summary>Files written by export, already in canonical form.</summary>
    public static ContentBundle FromTexts(IEnumerable<KeyValuePair<string, string>> files)
    {
        var bundle = new ContentBundle();
        foreach (var (path, text) in files)
        {
            bundle._files.Add(path, text);
        }
        return bundle;
    }

    public byte[] ToZip()
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, text) in _files)
            {
                var entry = archive.CreateEntry(path, CompressionLevel.Optimal);
                entry.LastWriteTime = ZipTimestamp;
                using var stream = entry.Open();
                stream.Write(StrictUtf8.GetBytes(text));
            }
        }
        return output.ToArray();
    }

    /// <summary>Writes every file under <paramref name="root"/> and removes the content files there
    /// that this bundle no longer has (a deleted section), leaving any other file alone.</summary>
    public void WriteTo(string root)
    {
        Directory.CreateDirectory(root);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToList())
        {
            var path = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (IsContentPath(path) && !_files.ContainsKey(path))
            {
                File.Delete(file);
            }
        }
        foreach (var (path, text) in _files)
        {
            var target = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, StrictUtf8.GetBytes(text));
        }
    }

    /// <summary>Checks a path; true when it is a content file to read, false when it is skipped.
    /// <paramref name="path"/> is the name inside the content folder when a wrapping folder was stripped.</summary>
    private bool Admit(string name, List<string> errors, string? path = null)
    {
        path ??= name;
        if (name.StartsWith('/') || name.Contains('\\', StringComparison.Ordinal) || DriveLetter().IsMatch(name))
        {
            errors.Add($"{Shown(name)}: an absolute path; every file must be inside the content folder");
            return false;
        }
        var segments = name.Split('/');
        if (segments.Any(s => s is ".." or "." or ""))
        {
            errors.Add($"{Shown(name)}: a path with '..', '.' or an empty folder name; every file must be inside the content folder");
            return false;
        }
        if (path == "README.md" || segments.Any(s => s.StartsWith('.') || s == "__MACOSX"))
        {
            return false;
        }
        if (!IsContentPath(path))
        {
            errors.Add($"{Shown(name)}: not a content file (content/README.md lists the files a content folder holds)");
            return false;
        }
        if (_files.Count >= MaxFiles)
        {
            errors.Add($"more than {MaxFiles} content files");
            return false;
        }
        return true;
    }

    private void AddText(string path, Stream stream, long? compressedLength, List<string> errors)
    {
        var limit = (int)Math.Min(MaxFileBytes, MaxTotalBytes - _totalBytes);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                errors.Add(limit < MaxFileBytes
                    ? $"the files add up to more than {MaxTotalBytes / 1024 / 1024} MB unpacked"
                    : $"{path}: larger than {MaxFileBytes / 1024 / 1024} MB unpacked");
                return;
            }
            if (compressedLength is { } compressed && buffer.Length > 4096 && buffer.Length > Math.Max(compressed, 1) * MaxCompressionRatio)
            {
                errors.Add($"{path}: unpacks to more than {MaxCompressionRatio} times its packed size, which is refused as a possible zip bomb");
                return;
            }
        }
        _totalBytes += buffer.Length;
        try
        {
            var text = StrictUtf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            _files.Add(path, text.StartsWith('\uFEFF') ? text[1..] : text);
        }
        catch (DecoderFallbackException)
        {
            errors.Add($"{path}: not valid UTF-8 text");
        }
        catch (ArgumentException)
        {
            errors.Add($"{path}: appears twice");
        }
    }

    private ContentBundle Checked(List<string> errors) => errors.Count > 0 ? throw new ContentException(errors) : this;

    /// <summary>A zip of the folder itself ("content/catalog/...") reads as its contents.</summary>
    private static string CommonFolder(List<string> names)
    {
        if (names.Count == 0 || names.Any(n => n.StartsWith("catalog/", StringComparison.Ordinal)))
        {
            return "";
        }
        var slash = names[0].IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
        {
            return "";
        }
        var first = names[0][..(slash + 1)];
        return first is "../" or "./" || names.Any(n => !n.StartsWith(first, StringComparison.Ordinal)) ? "" : first;
    }

    /// <summary>A name as it may be shown: control characters made visible, long names cut.</summary>
    private static string Shown(string name)
    {
        var visible = new string(name.Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return visible.Length > 120 ? visible[..120] + "..." : visible;
    }

    public static bool IsContentPath(string path) => ContentPath().IsMatch(path);

    [GeneratedRegex(@"^(catalog/(levels|skills|certifications|tools|sources)\.yml|careers/[a-z0-9-]+/career\.yml|careers/[a-z0-9-]+/sections/[A-Za-z0-9][A-Za-z0-9._-]*\.md)$")]
    private static partial Regex ContentPath();

    [GeneratedRegex(@"^[A-Za-z]:")]
    private static partial Regex DriveLetter();
}
