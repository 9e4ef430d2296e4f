using System.IO.Compression;
using CareerPortal.Tests.Infrastructure;
using CareerPortal.Web.Hosting;

namespace CareerPortal.Tests.Hosting;

/// <summary>Pages are compressed once, when rendered, and the output cache keeps one entry per
/// encoding: a client gets the encoding it accepts, byte for byte what was stored, never the
/// encoding another client asked for first (dotnet/aspnetcore#45998).</summary>
public sealed class ResponseEncodingTests : IDisposable
{
    private const string Page = "/careers/test-analyst";
    private readonly TestApp _site = new();
    private readonly HttpClient _client;

    public ResponseEncodingTests() => _client = _site.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }
        var response = await _client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return response;
    }

    private static async Task<string> TextAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStreamAsync();
        Stream decoded = response.Content.Headers.ContentEncoding.SingleOrDefault() switch
        {
            "br" => new BrotliStream(body, CompressionMode.Decompress),
            "gzip" => new GZipStream(body, CompressionMode.Decompress),
            null => body,
            var other => throw new InvalidOperationException($"unexpected encoding {other}"),
        };
        using var reader = new StreamReader(decoded);
        return await reader.ReadToEndAsync();
    }

    [Fact]
    public async Task Each_encoding_is_cached_apart_and_every_client_gets_the_one_it_accepts()
    {
        // Brotli first: before, every later client was served the first encoding cached.
        var br = await GetAsync(Page, "br");
        var gzip = await GetAsync(Page, "gzip");
        var plain = await GetAsync(Page, null);

        Assert.Equal(["br"], br.Content.Headers.ContentEncoding);
        Assert.Equal(["gzip"], gzip.Content.Headers.ContentEncoding);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        var html = await TextAsync(plain);
        Assert.Contains("<html", html, StringComparison.Ordinal);
        Assert.Equal(html, await TextAsync(br));
        Assert.Equal(html, await TextAsync(gzip));
    }

    [Fact]
    public async Task A_hit_serves_the_stored_compressed_bytes_and_browsers_share_one_entry()
    {
        var first = await (await GetAsync(Page, "gzip, deflate, br")).Content.ReadAsByteArrayAsync();
        var hit = await GetAsync(Page, "br;q=1.0, gzip;q=0.8, *;q=0.1");

        Assert.NotNull(hit.Headers.Age);
        Assert.Equal(["br"], hit.Content.Headers.ContentEncoding);
        Assert.Equal(first, await hit.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_admin_area_is_never_compressed()
    {
        var response = await GetAsync("/admin/account/sign-in", "br, gzip");

        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Theory]
    [InlineData(null, "identity")]
    [InlineData("", "identity")]
    [InlineData("gzip, deflate, br, zstd", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("*", "br")]
    [InlineData("gzip;q=0, *", "br")]
    [InlineData("br;q=0, *;q=0", "identity")]
    [InlineData("identity", "identity")]
    [InlineData("deflate", "identity")]
    public void Accept_encoding_is_reduced_to_one_encoding(string? header, string expected) =>
        Assert.Equal(expected, Compression.Choose(header));
}
