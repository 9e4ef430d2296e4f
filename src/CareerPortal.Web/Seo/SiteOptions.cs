namespace CareerPortal.Web.Seo;

/// <summary>The <c>Site</c> configuration section.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";
    public string Name { get; set; } = "CareerPortal";
    /// <summary>The public address canonical links are built from; never the request's Host header.</summary>
    public Uri BaseUrl { get; set; } = new("http://localhost:5031");

    public string Absolute(string path) => new Uri(BaseUrl, path).ToString();
}
