using CareerPortal.Web.Accounts;

namespace CareerPortal.Tests.Accounts;

public sealed class PasswordPolicyTests
{
    private static string[] Codes(string password, string? email = "sam.jones@example.org") =>
        PasswordPolicy.Check(password, email).Select(e => e.Code).ToArray();

    [Theory]
    [InlineData("correct horse battery")]
    [InlineData("Tr0ub4dor&3xyz")]
    [InlineData("aaaaaaaaaaab")]
    public void Ordinary_long_passwords_pass(string password) => Assert.Empty(Codes(password));

    [Theory]
    [InlineData("123456789012")]
    [InlineData("QWERTYUIOP123")]
    [InlineData("Password1234")]
    [InlineData("1q2w3e4r5t6y")]
    public void Common_passwords_are_refused_whatever_their_case(string password) => Assert.Contains("PasswordCommon", Codes(password));

    [Theory]
    [InlineData("zzzzzzzzzzzz")]
    [InlineData("abababababab")]
    [InlineData("xyzxyzxyzxyz")]
    [InlineData("wxyzwxyzwxyz")]
    public void One_character_or_a_short_piece_repeated_is_refused(string password) => Assert.Contains("PasswordRepeated", Codes(password));

    [Theory]
    [InlineData("sam.jones@example.org")]
    [InlineData("SAM.JONES@EXAMPLE.ORG")]
    [InlineData("sam.jones")]
    public void The_account_email_or_its_local_part_is_refused(string password) => Assert.Contains("PasswordIsEmail", Codes(password));

    [Fact]
    public void Very_long_passwords_are_refused() => Assert.Contains("PasswordTooLong", Codes(new string('x', 60) + new string('y', 69)));

    [Fact]
    public void The_embedded_list_is_loaded_and_holds_only_entries_the_length_rule_would_let_through()
    {
        using var stream = typeof(PasswordPolicy).Assembly.GetManifestResourceStream("CareerPortal.Web.Accounts.common-passwords.txt")!;
        using var reader = new StreamReader(stream);
        var entries = reader.ReadToEnd().Split('\n').Where(line => line.Length > 0 && !line.StartsWith('#')).ToList();

        Assert.Equal(entries.Count, PasswordPolicy.CommonCount);
        Assert.All(entries, entry => Assert.True(entry.Length >= 12, entry));
    }
}
