using System.Net.Http.Json;
using System.Text.Json;

namespace CareerPortal.Tests.Api;

/// <summary>Reads API answers as plain JSON, as a client written from the document would.</summary>
public static class ApiClient
{
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }

    public static IEnumerable<JsonElement> Items(this JsonElement page) => page.GetProperty("items").EnumerateArray();

    public static string Str(this JsonElement element, string name) => element.GetProperty(name).GetString()!;
}
