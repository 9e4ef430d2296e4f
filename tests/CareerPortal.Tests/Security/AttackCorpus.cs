namespace CareerPortal.Tests.Security;

/// <summary>Hostile inputs by family, shared by the redirect tests and the hostile-input suite.</summary>
public static class AttackCorpus
{
    /// <summary>Request paths that a careless canonicaliser turns into a redirect to another site.</summary>
    public static readonly string[] RedirectPaths =
    [
        "//evil.example/x/", "//evil.example/X", "//evil.example", "///evil.example/x/", "/\\evil.example/x/",
        "/%5Cevil.example/x/", "/%2F%2Fevil.example/x/", "//evil.example/careers/", "/.//evil.example/x/",
        "/careers//evil.example/", "//EVIL.example/", "/\\/evil.example/", "/%09/evil.example/", "//evil.example%2F..%2Fx/",
        "/careers/..//evil.example/", "/%2e%2e//evil.example/",
    ];

    /// <summary>Return URLs given to sign-in that must not leave the admin area.</summary>
    public static readonly string[] ReturnUrls =
    [
        "https://evil.example/", "//evil.example/", "/\\evil.example/", "\\\\evil.example/", "/admin/../\\evil.example/x/",
        "/admin/..\\evil.example", "/admin/%2e%2e/%5Cevil.example/", "/admin/%2E%2E/%2F%2Fevil.example", "/admin/../../evil.example",
        "/admin//evil.example", "/admin/\t/evil.example", "/admin/\r\nLocation: https://evil.example", "javascript:alert(1)",
        "/admin/%0d%0aSet-Cookie:x=1", "/%61dmin/../\\evil.example", "~/../\\evil.example", "/careers", "/ADMIN/../\\evil.example",
        "/admin/./x", "/admin\\..\\evil.example", "http:/\\evil.example",
    ];

    public static readonly string[] ScriptInjection =
    [
        "<script>alert('xss-probe')</script>", "\"><img src=x onerror=alert('xss-probe')>", "javascript:alert('xss-probe')",
        "<svg onload=alert('xss-probe')>", "[x](javascript:alert('xss-probe'))", "<a href=\"x\" onclick=\"alert('xss-probe')\">x</a>",
        "{onclick=alert('xss-probe')}", "</title><script>alert('xss-probe')</script>", "';alert('xss-probe');//",
        "<style>body{display:none}</style>xss-probe", "<iframe src=//evil.example>xss-probe", "&lt;script&gt;xss-probe",
    ];

    public static readonly string[] SqlAndLike =
    [
        "' OR 1=1 --", "'; DROP TABLE Careers; --", "%", "_", "[a-z]%", "%' OR '%'='", "\\", "100%_", "\" OR \"\"=\"", "1; SELECT * FROM AspNetUsers",
    ];

    public static readonly string[] ControlCharacters =
    [
        "\0", "a\0b", "\u0001\u0002\u001f", "\u202e reversed", "\ufeffbom", "line\r\nbreak", "\ud800 lone surrogate", "\uffff", "tab\there", "\u0085\u2028\u2029",
    ];

    /// <summary>Percent-encoded bytes that are not UTF-8 (for query strings and form bodies).</summary>
    public static readonly string[] InvalidUtf8Encoded = ["%C0%AF", "%FF%FE", "%ED%A0%80", "%E2%82", "%00", "%F8%88%80%80%80"];

    public static string VeryLong => new('x', 100_000);
    public static string DeeplyNestedQuotes => new string('>', 300) + " deep";
    public static string DeeplyNestedLists => string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', i * 2) + "- item\n"));
    public static string DeeplyNestedBrackets => new string('[', 5000) + "x" + new string(']', 5000);
    public static string DeeplyNestedEmphasis => string.Concat(Enumerable.Repeat("*_", 3000)) + "x" + string.Concat(Enumerable.Repeat("_*", 3000));

    public static IEnumerable<string> LongAndNested => [VeryLong, DeeplyNestedQuotes, DeeplyNestedLists, DeeplyNestedBrackets, DeeplyNestedEmphasis];

    public static IEnumerable<string> TextPayloads =>
        ScriptInjection.Concat(SqlAndLike).Concat(ControlCharacters).Concat(LongAndNested);
}
